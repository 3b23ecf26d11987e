namespace AfterSales.Dashboard.Localization;

/// <summary>
/// The region table: every provincial-level region of China and the cities of the service's customers, by the key the
/// records and the API keep (pinyin), with the names a reader reads. A key the table does not know is shown as stored.
/// </summary>
public static class Places
{
    public static readonly IReadOnlyList<Place> Regions =
    [
        new("Beijing", "北京", "Beijing"), new("Tianjin", "天津", "Tianjin"), new("Shanghai", "上海", "Shanghai"), new("Chongqing", "重庆", "Chongqing"),
        new("Hebei", "河北", "Hebei"), new("Shanxi", "山西", "Shanxi"), new("Liaoning", "辽宁", "Liaoning"), new("Jilin", "吉林", "Jilin"),
        new("Heilongjiang", "黑龙江", "Heilongjiang"), new("Jiangsu", "江苏", "Jiangsu"), new("Zhejiang", "浙江", "Zhejiang"), new("Anhui", "安徽", "Anhui"),
        new("Fujian", "福建", "Fujian"), new("Jiangxi", "江西", "Jiangxi"), new("Shandong", "山东", "Shandong"), new("Henan", "河南", "Henan"),
        new("Hubei", "湖北", "Hubei"), new("Hunan", "湖南", "Hunan"), new("Guangdong", "广东", "Guangdong"), new("Hainan", "海南", "Hainan"),
        new("Sichuan", "四川", "Sichuan"), new("Guizhou", "贵州", "Guizhou"), new("Yunnan", "云南", "Yunnan"), new("Shaanxi", "陕西", "Shaanxi"),
        new("Gansu", "甘肃", "Gansu"), new("Qinghai", "青海", "Qinghai"), new("Taiwan", "台湾", "Taiwan"),
        new("Inner Mongolia", "内蒙古", "Inner Mongolia"), new("Guangxi", "广西", "Guangxi"), new("Tibet", "西藏", "Tibet"),
        new("Ningxia", "宁夏", "Ningxia"), new("Xinjiang", "新疆", "Xinjiang"), new("Hong Kong", "香港", "Hong Kong"), new("Macao", "澳门", "Macao"),
    ];

    public static readonly IReadOnlyList<Place> Cities =
    [
        new("Jinan", "济南", "Jinan"), new("Qingdao", "青岛", "Qingdao"), new("Linyi", "临沂", "Linyi"), new("Weifang", "潍坊", "Weifang"),
        new("Nanjing", "南京", "Nanjing"), new("Suzhou", "苏州", "Suzhou"), new("Xuzhou", "徐州", "Xuzhou"),
        new("Guangzhou", "广州", "Guangzhou"), new("Shenzhen", "深圳", "Shenzhen"), new("Foshan", "佛山", "Foshan"),
        new("Zhengzhou", "郑州", "Zhengzhou"), new("Luoyang", "洛阳", "Luoyang"), new("Chengdu", "成都", "Chengdu"), new("Mianyang", "绵阳", "Mianyang"),
        new("Shijiazhuang", "石家庄", "Shijiazhuang"), new("Tangshan", "唐山", "Tangshan"), new("Baoding", "保定", "Baoding"),
        new("Hangzhou", "杭州", "Hangzhou"), new("Ningbo", "宁波", "Ningbo"), new("Wenzhou", "温州", "Wenzhou"),
        new("Wuhan", "武汉", "Wuhan"), new("Yichang", "宜昌", "Yichang"), new("Changsha", "长沙", "Changsha"), new("Zhuzhou", "株洲", "Zhuzhou"),
        new("Hefei", "合肥", "Hefei"), new("Wuhu", "芜湖", "Wuhu"), new("Xi'an", "西安", "Xi'an"), new("Baoji", "宝鸡", "Baoji"),
        new("Fuzhou", "福州", "Fuzhou"), new("Xiamen", "厦门", "Xiamen"),
        new("Beijing", "北京", "Beijing"), new("Tianjin", "天津", "Tianjin"), new("Shanghai", "上海", "Shanghai"), new("Chongqing", "重庆", "Chongqing"),
    ];

    private static readonly Dictionary<string, Place> RegionByKey = Regions.ToDictionary(p => p.Key, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, Place> CityByKey = Cities.ToDictionary(p => p.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The region's name in the reader's language (the request's UI culture), or the key as stored.</summary>
    public static string Region(string? key) => Region(key, Reader.Chinese);

    public static string Region(string? key, bool chinese) => Name(RegionByKey, key, chinese);

    /// <summary>The city's name in the reader's language, or the key as stored.</summary>
    public static string City(string? key) => City(key, Reader.Chinese);

    public static string City(string? key, bool chinese) => Name(CityByKey, key, chinese);

    /// <summary>Region and city as a Chinese address reads them ("山东 济南"), either left out when unknown.</summary>
    public static string RegionAndCity(string? region, string? city) =>
        string.Join(" ", new[] { Region(region), City(city) }.Where(s => s.Length > 0));

    /// <summary>The key of a region typed in either language (a form's field), or the text as typed.</summary>
    public static string RegionKey(string typed) => Key(Regions, typed);

    /// <summary>The key of a city typed in either language, or the text as typed (R-TKT-5 compares keys).</summary>
    public static string CityKey(string typed) => Key(Cities, typed);

    public static bool KnowsRegion(string key) => RegionByKey.ContainsKey(key);

    public static bool KnowsCity(string key) => CityByKey.ContainsKey(key);

    private static string Key(IReadOnlyList<Place> table, string typed) =>
        table.FirstOrDefault(p => string.Equals(p.Key, typed.Trim(), StringComparison.OrdinalIgnoreCase) || p.Chinese == typed.Trim()
            || p.Chinese == typed.Trim().TrimEnd('省', '市')) is { } place ? place.Key : typed.Trim();

    private static string Name(Dictionary<string, Place> table, string? key, bool chinese) =>
        string.IsNullOrWhiteSpace(key) ? "" : table.TryGetValue(key.Trim(), out var place) ? chinese ? place.Chinese : place.English : key;
}
