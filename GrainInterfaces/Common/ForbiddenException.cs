namespace AfterSales.GrainInterfaces.Common;

/// <summary>The actor's role, or its relation to the resource, does not allow the command (HTTP 403).</summary>
[GenerateSerializer, Alias("AfterSales.ForbiddenException")]
public sealed class ForbiddenException : Exception
{
    public ForbiddenException(string ruleId, string message) : base(message) => RuleId = ruleId;

    [Id(0)] public string RuleId { get; private set; }
}
