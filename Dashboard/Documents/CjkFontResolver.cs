using PdfSharp.Fonts;

namespace AfterSales.Dashboard.Documents;

/// <summary>
/// The printed documents' one font, with Chinese: WenQuanYi Micro Hei from Debian's fonts-wqy-microhei (the charts'
/// font too), embedded in each PDF so that it prints anywhere. Bold is simulated.
/// </summary>
public sealed class CjkFontResolver : IFontResolver
{
    public const string Family = "WenQuanYi Micro Hei";

    private static readonly string[] Paths =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    ];

    private static readonly Lazy<byte[]> Bytes = new(() =>
    {
        var path = Paths.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"No font with Chinese to print with: install fonts-wqy-microhei ({string.Join(", ", Paths)}).");
        return TrueTypeCollection.Font(File.ReadAllBytes(path));
    });

    private static int _installed;

    /// <summary>Makes it PDFsharp's font resolver, once per process.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0)
        {
            GlobalFontSettings.FontResolver = new CjkFontResolver();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new("cjk", bold, italic);

    public byte[]? GetFont(string faceName) => Bytes.Value;
}
