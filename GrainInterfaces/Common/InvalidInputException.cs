namespace AfterSales.GrainInterfaces.Common;

/// <summary>The command names something that does not exist or is malformed (HTTP 400 with the field).</summary>
[GenerateSerializer, Alias("AfterSales.InvalidInputException")]
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(string ruleId, string field, string message) : base(message)
    {
        RuleId = ruleId;
        Field = field;
    }

    [Id(0)] public string RuleId { get; private set; }

    [Id(1)] public string Field { get; private set; }
}
