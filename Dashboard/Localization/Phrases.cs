using System.Globalization;
using System.Resources;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Dashboard.Localization;

/// <summary>
/// Says a <see cref="Phrase"/> (a history entry, a refusal) in a reader's language, for the pages and the API alike:
/// the code's text from <c>Phrases.resx</c> (English) or <c>Phrases.zh.resx</c> (Chinese), its arguments as typed,
/// and an argument that names an enum value (<c>enum:TicketCategory.Breakdown</c>) by that value's name in the same
/// language (the web app's texts, else this catalogue's). A phrase whose code has no text is none of this catalogue's:
/// the caller falls back to the English kept beside it.
/// </summary>
public static class Phrases
{
    private static readonly ResourceManager Texts = new("AfterSales.Dashboard.Localization.Phrases", typeof(Phrases).Assembly);

    private static readonly ResourceManager AppTexts = new("AfterSales.Dashboard.App.Texts", typeof(Phrases).Assembly);

    /// <summary>Enum types the web app's texts name under a key of their own (<c>status.Closed</c>, <c>op.Dispatch</c>).</summary>
    private static readonly Dictionary<string, string> AppPrefixes = new()
    {
        ["TicketStatus"] = "status.",
        ["ProductLine"] = "productLine.",
        ["Role"] = "role.",
        ["Field"] = "field.",
    };

    /// <summary>The code's text in that language; null for a code this catalogue does not have.</summary>
    public static string? Template(string code, CultureInfo culture) => Texts.GetString(code, Neutral(culture));

    /// <summary>The phrase in the reader's language; null when there is no phrase, or its code has no text.</summary>
    public static string? Say(Phrase? phrase, CultureInfo culture)
    {
        if (phrase is null || Template(phrase.Code, culture) is not { } template)
        {
            return null;
        }

        var args = phrase.Args.Select(a => (object)Argument(a, culture)).ToArray();
        try
        {
            return string.Format(culture, template, args);
        }
        catch (FormatException)
        {
            // A phrase stored with fewer arguments than its text now has: the English kept beside it says it.
            return null;
        }
    }

    /// <summary>A history entry in the reader's language: its phrase, else the English it was written with.</summary>
    public static string Say(HistoryEntry entry, CultureInfo culture) => Say(entry.Phrase, culture) ?? entry.Detail ?? "";

    /// <summary>A refusal's reason in the reader's language (the rule id is the caller's to show); its English message where it has no phrase.</summary>
    public static string Explain(Exception refusal, CultureInfo culture) => Say(PhraseOf(refusal), culture) ?? refusal.Message;

    /// <summary>The phrase a refusal carries, if any.</summary>
    public static Phrase? PhraseOf(Exception refusal) => refusal switch
    {
        RuleViolationException r => r.Phrase,
        InvalidInputException i => i.Phrase,
        ForbiddenException f => f.Phrase,
        NotFoundException n => n.Phrase,
        _ => null,
    };

    /// <summary>An argument as the reader reads it: an enum value by its name in that language, else as typed.</summary>
    public static string Argument(string arg, CultureInfo culture)
    {
        if (arg.StartsWith(Phrase.TextMark, StringComparison.Ordinal))
        {
            return arg[Phrase.TextMark.Length..];
        }

        if (arg.StartsWith(Phrase.AlternativesMark, StringComparison.Ordinal))
        {
            var names = arg[Phrase.AlternativesMark.Length..].Split('|').Select(n => Name(n, culture));
            return string.Join(Chinese(culture) ? "或" : " or ", names);
        }

        if (Phrase.AsPhrases(arg) is { } phrases)
        {
            return string.Join(Chinese(culture) ? "；" : "; ", phrases.Select(p => Say(p, culture) ?? p.Code));
        }

        return Phrase.AsEnum(arg) is var (type, value) ? Name($"{type}.{value}", culture) : Chinese(culture) ? Catalogued(arg) : arg;
    }

    /// <summary>Tools (a list of them, as a refusal names the missing ones), a region or a city by its Chinese name; else as typed.</summary>
    private static string Catalogued(string arg)
    {
        var parts = arg.Split(", ");
        return parts.All(ToolNames.Knows) ? string.Join("、", parts.Select(p => ToolNames.Name(p, chinese: true)))
            : Places.KnowsRegion(arg) ? Places.Region(arg, chinese: true)
            : Places.KnowsCity(arg) ? Places.City(arg, chinese: true)
            : arg;
    }

    /// <summary>An enum value (<c>TicketCategory.Breakdown</c>) by its name in that language; the value's own name where none is written.</summary>
    public static string Name(string typeAndValue, CultureInfo culture)
    {
        var dot = typeAndValue.IndexOf('.');
        var (type, value) = dot < 0 ? ("", typeAndValue) : (typeAndValue[..dot], typeAndValue[(dot + 1)..]);
        var neutral = Neutral(culture);
        var appKey = AppPrefixes.TryGetValue(type, out var prefix) ? prefix + value
            : type.EndsWith("Operation", StringComparison.Ordinal) ? $"op.{value}"
            : typeAndValue;
        return Texts.GetString(typeAndValue, neutral) ?? AppTexts.GetString(appKey, neutral) ?? value;
    }

    private static bool Chinese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh";

    // Our resources are neutral (en, zh): zh-CN and zh-Hans read zh, anything else English.
    private static CultureInfo Neutral(CultureInfo culture) =>
        Chinese(culture) ? CultureInfo.GetCultureInfo("zh") : CultureInfo.InvariantCulture;
}
