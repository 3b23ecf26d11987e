namespace AfterSales.GrainInterfaces.Common;

/// <summary>
/// The actor's role, or its relation to the resource, does not allow the command (HTTP 403). The message is English
/// (logs, machines); <see cref="Phrase"/>, where the refusal has one, renders it in the reader's language.
/// </summary>
[GenerateSerializer, Alias("AfterSales.ForbiddenException")]
public sealed class ForbiddenException : Exception
{
    public ForbiddenException(string ruleId, string message) : base(message) => RuleId = ruleId;

    public ForbiddenException(string ruleId, Sentence why) : this(ruleId, why.English) => Phrase = why.Phrase;

    [Id(0)] public string RuleId { get; private set; }

    [Id(1)] public Phrase? Phrase { get; private set; }
}
