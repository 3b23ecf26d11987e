namespace AfterSales.Seeder;

/// <summary>The provinces and cities of the demo customers (keys in pinyin, as the records and the API's filters keep them; their names are the region table's, Places).</summary>
public static class DemoGeography
{
    /// <summary>Stations take the first provinces, one each (R-STN-2: no two stations cover the same region).</summary>
    public static readonly IReadOnlyList<DemoProvince> Provinces =
    [
        new DemoProvince("Shandong", [new DemoCity("Jinan"), new DemoCity("Qingdao"), new DemoCity("Linyi"), new DemoCity("Weifang")]),
        new DemoProvince("Jiangsu", [new DemoCity("Nanjing"), new DemoCity("Suzhou"), new DemoCity("Xuzhou")]),
        new DemoProvince("Guangdong", [new DemoCity("Guangzhou"), new DemoCity("Shenzhen"), new DemoCity("Foshan")]),
        new DemoProvince("Henan", [new DemoCity("Zhengzhou"), new DemoCity("Luoyang")]),
        new DemoProvince("Sichuan", [new DemoCity("Chengdu"), new DemoCity("Mianyang")]),
        new DemoProvince("Hebei", [new DemoCity("Shijiazhuang"), new DemoCity("Tangshan"), new DemoCity("Baoding")]),
        new DemoProvince("Zhejiang", [new DemoCity("Hangzhou"), new DemoCity("Ningbo"), new DemoCity("Wenzhou")]),
        new DemoProvince("Hubei", [new DemoCity("Wuhan"), new DemoCity("Yichang")]),
        new DemoProvince("Hunan", [new DemoCity("Changsha"), new DemoCity("Zhuzhou")]),
        new DemoProvince("Anhui", [new DemoCity("Hefei"), new DemoCity("Wuhu")]),
        new DemoProvince("Shaanxi", [new DemoCity("Xi'an"), new DemoCity("Baoji")]),
        new DemoProvince("Fujian", [new DemoCity("Fuzhou"), new DemoCity("Xiamen")]),
    ];
}
