namespace AfterSales.GrainInterfaces.Common;

/// <summary>Enum values of which one is needed, as a sentence names them: "Received or Classified" in English.</summary>
public sealed record Alternatives(IReadOnlyList<Enum> Values)
{
    public static Alternatives Of<T>(IEnumerable<T> values) where T : struct, Enum => new([.. values.Select(v => (Enum)v)]);

    /// <summary>The phrase's argument: <c>enum-or:TicketStatus.Received|TicketStatus.Classified</c>.</summary>
    public string Arg => Phrase.AlternativesMark + string.Join("|", Values.Select(Phrase.EnumName));

    public override string ToString() => string.Join(" or ", Values);
}
