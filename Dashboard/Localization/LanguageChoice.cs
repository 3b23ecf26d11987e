using System.Net.Http.Headers;

namespace AfterSales.Dashboard.Localization;

/// <summary>The language of a page or chart: <c>?lang=zh|en</c>, else the browser's Accept-Language, else English.</summary>
public static class LanguageChoice
{
    public static Language Choose(string? lang, string? acceptLanguage) =>
        Parse(lang) ?? FromAcceptLanguage(acceptLanguage) ?? Language.En;

    public static Language? Parse(string? lang) => lang?.Trim().ToLowerInvariant() switch
    {
        "zh" => Language.Zh,
        "en" => Language.En,
        _ => null,
    };

    public static string Code(this Language language) => language == Language.Zh ? "zh" : "en";

    public static Language Other(this Language language) => language == Language.Zh ? Language.En : Language.Zh;

    /// <summary>The preferred of zh and en by quality (<c>zh-CN,zh;q=0.9,en;q=0.8</c>); order breaks ties.</summary>
    private static Language? FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var ranked = header.Split(',')
            .Select((part, index) => (ok: StringWithQualityHeaderValue.TryParse(part.Trim(), out var value), value, index))
            .Where(p => p.ok && p.value is not null && p.value.Quality is not 0)
            .Select(p => (language: Primary(p.value!.Value), quality: p.value.Quality ?? 1, p.index))
            .Where(p => p.language is not null)
            .OrderByDescending(p => p.quality).ThenBy(p => p.index);
        return ranked.Select(p => p.language).FirstOrDefault();
    }

    private static Language? Primary(string tag) => tag.Split('-')[0].ToLowerInvariant() switch
    {
        "zh" => Language.Zh,
        "en" => Language.En,
        _ => null,
    };
}
