namespace AfterSales.Dashboard.Localization;

/// <summary>
/// The tool catalogue (R-ENG-2): the service tools by the name the kits, the engineers' profiles and the dispatches keep
/// (the API's strings, unchanged), with their Chinese names. A page shows a tool in the reader's language and reads a
/// known tool back in either; a tool the catalogue does not know is kept and shown as typed.
/// </summary>
public static class ToolNames
{
    private static readonly IReadOnlyList<(string Key, string Chinese)> Catalogue =
    [
        ("hydraulic pressure gauge", "液压压力表"),
        ("multimeter", "万用表"),
        ("torque wrench set", "扭力扳手套装"),
        ("load cell calibrator", "称重传感器校准仪"),
        ("laptop with PLC software", "装有可编程控制器软件的笔记本电脑"),
    ];

    private static readonly Dictionary<string, string> ChineseByKey = Catalogue.ToDictionary(t => t.Key, t => t.Chinese, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> KeyByName =
        Catalogue.SelectMany(t => new[] { (t.Key, t.Key), (t.Chinese, t.Key) }).ToDictionary(n => n.Item1, n => n.Item2, StringComparer.OrdinalIgnoreCase);

    public static bool Knows(string tool) => ChineseByKey.ContainsKey(tool.Trim());

    /// <summary>The tool's name in the reader's language.</summary>
    public static string Name(string tool) => Name(tool, Reader.Chinese);

    public static string Name(string tool, bool chinese) =>
        chinese && ChineseByKey.TryGetValue(tool.Trim(), out var name) ? name : tool;

    /// <summary>The tools' names in the reader's language, as a list reads them.</summary>
    public static string List(IEnumerable<string> tools) => string.Join(Reader.Chinese ? "、" : ", ", tools.Select(Name));

    /// <summary>The stored name of a tool typed in either language (a form's line), or the text as typed.</summary>
    public static string Key(string typed) => KeyByName.GetValueOrDefault(typed.Trim(), typed.Trim());
}
