namespace AfterSales.GrainInterfaces.Common;

/// <summary>
/// A rule of the code of conduct, or the state of the resource, forbids the command (HTTP 409). The message is
/// English (logs, machines); <see cref="Phrase"/>, where the refusal has one, renders it in the reader's language.
/// </summary>
[GenerateSerializer, Alias("AfterSales.RuleViolationException")]
public sealed class RuleViolationException : Exception
{
    public RuleViolationException(string ruleId, string message) : base(message) => RuleId = ruleId;

    public RuleViolationException(string ruleId, Sentence why) : base(why.English)
    {
        RuleId = ruleId;
        Phrase = why.Phrase;
    }

    [Id(0)] public string RuleId { get; private set; }

    [Id(1)] public Phrase? Phrase { get; private set; }
}
