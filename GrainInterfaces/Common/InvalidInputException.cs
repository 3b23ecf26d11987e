namespace AfterSales.GrainInterfaces.Common;

/// <summary>
/// The command names something that does not exist or is malformed (HTTP 400 with the field). The message is English
/// (logs, machines); <see cref="Phrase"/>, where the refusal has one, renders it in the reader's language.
/// </summary>
[GenerateSerializer, Alias("AfterSales.InvalidInputException")]
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(string ruleId, string field, string message) : base(message)
    {
        RuleId = ruleId;
        Field = field;
    }

    public InvalidInputException(string ruleId, string field, Sentence why) : this(ruleId, field, why.English) => Phrase = why.Phrase;

    [Id(0)] public string RuleId { get; private set; }

    [Id(1)] public string Field { get; private set; }

    [Id(2)] public Phrase? Phrase { get; private set; }
}
