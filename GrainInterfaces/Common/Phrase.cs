using System.Text.Json;

namespace AfterSales.GrainInterfaces.Common;

/// <summary>
/// A sentence a person reads (a history entry, a refusal), kept as a code and its arguments so each reader gets it in
/// their own language: the texts of each code are in <c>Dashboard/Localization/Phrases.resx</c> and <c>Phrases.zh.resx</c>.
/// An argument is text as typed (ids, serials, what a user wrote), or an enum value marked with <see cref="EnumMark"/>
/// (<c>enum:TicketCategory.Breakdown</c>) that the reader's language names.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.Phrase")]
public sealed record Phrase(
    [property: Id(0)] string Code,
    [property: Id(1)] IReadOnlyList<string> Args)
{
    /// <summary>Marks an argument that is an enum value, named by its type: <c>enum:TicketStatus.Closed</c>.</summary>
    public const string EnumMark = "enum:";

    /// <summary>Marks an argument that is a choice of enum values ("Received or Classified"): <c>enum-or:TicketStatus.Received|TicketStatus.Classified</c>.</summary>
    public const string AlternativesMark = "enum-or:";

    /// <summary>Marks an argument that is a list of phrases (the reasons an engineer is not qualified): a JSON array of [code, args...].</summary>
    public const string PhrasesMark = "phrases:";

    /// <summary>Marks text as typed that would otherwise read as a marked argument (a user who types <c>enum:</c>).</summary>
    public const string TextMark = "text:";

    public static string EnumArg(Enum value) => $"{EnumMark}{EnumName(value)}";

    /// <summary>Text as typed: kept as it is, unless it starts like a marked argument.</summary>
    public static string TextArg(string text) =>
        text.StartsWith(EnumMark, StringComparison.Ordinal) || text.StartsWith(AlternativesMark, StringComparison.Ordinal)
        || text.StartsWith(PhrasesMark, StringComparison.Ordinal) || text.StartsWith(TextMark, StringComparison.Ordinal)
            ? TextMark + text
            : text;

    public static string EnumName(Enum value) => $"{value.GetType().Name}.{value}";

    public static string PhrasesArg(IEnumerable<Phrase> phrases) =>
        PhrasesMark + JsonSerializer.Serialize(phrases.Select(p => new[] { p.Code }.Concat(p.Args).ToArray()).ToArray());

    /// <summary>The phrases of an argument marked as a list of them, else null.</summary>
    public static IReadOnlyList<Phrase>? AsPhrases(string arg)
    {
        if (!arg.StartsWith(PhrasesMark, StringComparison.Ordinal))
        {
            return null;
        }

        var lists = JsonSerializer.Deserialize<string[][]>(arg[PhrasesMark.Length..]) ?? [];
        return [.. lists.Where(l => l.Length > 0).Select(l => new Phrase(l[0], l[1..]))];
    }

    /// <summary>The enum's type and value name of an argument marked as one, else null.</summary>
    public static (string Type, string Value)? AsEnum(string arg)
    {
        if (!arg.StartsWith(EnumMark, StringComparison.Ordinal))
        {
            return null;
        }

        var name = arg[EnumMark.Length..];
        var dot = name.IndexOf('.');
        return dot <= 0 ? null : (name[..dot], name[(dot + 1)..]);
    }
}
