using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace AfterSales.GrainInterfaces.Common;

/// <summary>
/// A phrase and its English, as a grain says it: <c>Sentence.Of("history.ticket.assigned", $"assigned to {engineerId}")</c>.
/// The English (the history entry's Detail, the exception's message) stays for logs, machines and API clients; the
/// phrase is what a reader's language renders. Never stored itself: the phrase is.
/// </summary>
public readonly record struct Sentence(Phrase Phrase, string English)
{
    /// <summary>The sentence of a code, its English written as an interpolated string whose holes are the arguments.</summary>
    public static Sentence Of(string code, ref SentenceBuilder english) => english.Build(code);

    /// <summary>A sentence with no arguments.</summary>
    public static Sentence Of(string code, string english) =>
        new(new Phrase(code, []), english) { Template = english.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal) };

    /// <summary>A sentence whose English is written apart from its arguments (an argument the English says otherwise).</summary>
    public static Sentence Of(string code, string english, params IReadOnlyList<string> args) => new(new Phrase(code, args), english);

    /// <summary>The English template of the sentence: its literal parts with <c>{0}</c>, <c>{1}</c>... for the arguments.</summary>
    public string Template { get; init; } = "";

    public override string ToString() => English;
}

/// <summary>Builds a <see cref="Sentence"/> from an interpolated string: the literal parts are the template, the holes the arguments.</summary>
[InterpolatedStringHandler]
public ref struct SentenceBuilder
{
    private readonly StringBuilder _english;
    private readonly StringBuilder _template;
    private readonly List<string> _args;

    public SentenceBuilder(int literalLength, int formattedCount)
    {
        _english = new StringBuilder(literalLength + 16 * formattedCount);
        _template = new StringBuilder(literalLength + 4 * formattedCount);
        _args = new List<string>(formattedCount);
    }

    public readonly void AppendLiteral(string value)
    {
        _english.Append(value);
        _template.Append(value.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
    }

    public readonly void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    public readonly void AppendFormatted<T>(T value, string? format)
    {
        var text = value is IFormattable f ? f.ToString(format, CultureInfo.InvariantCulture) : value?.ToString() ?? "";
        _english.Append(text);
        _template.Append('{').Append(_args.Count).Append('}');
        _args.Add(value switch
        {
            Enum e => Phrase.EnumArg(e),
            Alternatives a => a.Arg,
            Listed l => l.Arg,
            _ => Phrase.TextArg(text),
        });
    }

    internal readonly Sentence Build(string code) =>
        new(new Phrase(code, [.. _args]), _english.ToString()) { Template = _template.ToString() };
}
