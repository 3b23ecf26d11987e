namespace AfterSales.Seeder;

/// <summary>The provinces and cities of the demo customers (regions in pinyin, as the API filters take them).</summary>
public static class DemoGeography
{
    /// <summary>Stations take the first provinces, one each (R-STN-2: no two stations cover the same region).</summary>
    public static readonly IReadOnlyList<DemoProvince> Provinces =
    [
        new DemoProvince("Shandong", "山东", [new DemoCity("Jinan", "济南"), new DemoCity("Qingdao", "青岛"), new DemoCity("Linyi", "临沂"), new DemoCity("Weifang", "潍坊")]),
        new DemoProvince("Jiangsu", "江苏", [new DemoCity("Nanjing", "南京"), new DemoCity("Suzhou", "苏州"), new DemoCity("Xuzhou", "徐州")]),
        new DemoProvince("Guangdong", "广东", [new DemoCity("Guangzhou", "广州"), new DemoCity("Shenzhen", "深圳"), new DemoCity("Foshan", "佛山")]),
        new DemoProvince("Henan", "河南", [new DemoCity("Zhengzhou", "郑州"), new DemoCity("Luoyang", "洛阳")]),
        new DemoProvince("Sichuan", "四川", [new DemoCity("Chengdu", "成都"), new DemoCity("Mianyang", "绵阳")]),
        new DemoProvince("Hebei", "河北", [new DemoCity("Shijiazhuang", "石家庄"), new DemoCity("Tangshan", "唐山"), new DemoCity("Baoding", "保定")]),
        new DemoProvince("Zhejiang", "浙江", [new DemoCity("Hangzhou", "杭州"), new DemoCity("Ningbo", "宁波"), new DemoCity("Wenzhou", "温州")]),
        new DemoProvince("Hubei", "湖北", [new DemoCity("Wuhan", "武汉"), new DemoCity("Yichang", "宜昌")]),
        new DemoProvince("Hunan", "湖南", [new DemoCity("Changsha", "长沙"), new DemoCity("Zhuzhou", "株洲")]),
        new DemoProvince("Anhui", "安徽", [new DemoCity("Hefei", "合肥"), new DemoCity("Wuhu", "芜湖")]),
        new DemoProvince("Shaanxi", "陕西", [new DemoCity("Xi'an", "西安"), new DemoCity("Baoji", "宝鸡")]),
        new DemoProvince("Fujian", "福建", [new DemoCity("Fuzhou", "福州"), new DemoCity("Xiamen", "厦门")]),
    ];
}
