namespace AfterSales.GrainInterfaces.Common;

/// <summary>Enum values of which one is needed, as a sentence names them: "Received or Classified" in English.</summary>
public sealed record Alternatives(IReadOnlyList<Enum> Values, string Separator = " or ")
{
    /// <summary>The values, said in English with <paramref name="separator"/> between them.</summary>
    public static Alternatives Of<T>(IEnumerable<T> values, string separator = " or ") where T : struct, Enum =>
        new([.. values.Select(v => (Enum)v)], separator);

    /// <summary>The phrase's argument: <c>enum-or:TicketStatus.Received|TicketStatus.Classified</c>.</summary>
    public string Arg => Phrase.AlternativesMark + string.Join("|", Values.Select(Phrase.EnumName));

    public override string ToString() => string.Join(Separator, Values);
}
