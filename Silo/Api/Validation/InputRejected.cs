namespace AfterSales.Silo.Api.Validation;

/// <summary>Input beyond the API's limits, per field in the API's own names (400 with <c>errors</c>).</summary>
public sealed class InputRejected(IReadOnlyDictionary<string, string[]> errors)
    : Exception($"The request is invalid: {string.Join("; ", errors.Select(e => $"{e.Key} {string.Join(" ", e.Value)}"))}")
{
    public const string RuleId = "API-INPUT";

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
