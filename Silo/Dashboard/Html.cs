using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AfterSales.Dashboard.Localization;

namespace AfterSales.Silo.Dashboard;

/// <summary>The frame of every dashboard page; everything interpolated goes through <see cref="E"/>.</summary>
public static class Html
{
    private const string Style = """
        body{font-family:"WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",system-ui,sans-serif;margin:0;color:#222;background:#f5f6f8}
        header{display:flex;gap:1.5em;align-items:baseline;padding:.8em 1.5em;background:#1f3a5f;color:#fff}
        header h1{font-size:1.3em;margin:0;flex:1}header a{color:#fff}
        main{padding:1em 1.5em;max-width:1900px}
        section{background:#fff;border-radius:6px;padding:1em;margin-bottom:1em;box-shadow:0 1px 2px rgba(0,0,0,.1)}
        h2{font-size:1.1em;margin:0 0 .6em}
        form.filters{display:flex;flex-wrap:wrap;gap:.8em;align-items:end}
        form.filters label{display:flex;flex-direction:column;font-size:.85em;gap:.2em}
        input,select,button,textarea{font:inherit;padding:.3em}
        table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.35em .8em;text-align:left}
        .met{color:#2e7d32;font-weight:bold}.missed{color:#c62828;font-weight:bold}
        .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(620px,1fr));gap:1em}
        .charts figure{margin:0;background:#fff;border-radius:6px;padding:.5em;box-shadow:0 1px 2px rgba(0,0,0,.1)}
        .charts img{width:100%;height:auto;display:block}figcaption{font-size:.8em;text-align:right}
        .error{color:#c62828}
        """;

    // Chinese stays readable in the source; markup characters are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => Encoder.Encode(text ?? "");

    public static IResult Page(Language language, string title, string header, string body, int status = 200)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(language == Language.Zh ? "zh-CN" : "en").Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append("</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<header>").Append(header).Append("</header><main>").Append(body).Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
