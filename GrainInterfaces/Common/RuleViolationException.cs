namespace AfterSales.GrainInterfaces.Common;

/// <summary>A rule of the code of conduct, or the state of the resource, forbids the command (HTTP 409).</summary>
[GenerateSerializer, Alias("AfterSales.RuleViolationException")]
public sealed class RuleViolationException : Exception
{
    public RuleViolationException(string ruleId, string message) : base(message) => RuleId = ruleId;

    [Id(0)] public string RuleId { get; private set; }
}
