namespace AfterSales.Grains.Common;

/// <summary>What a keyed request was first answered: its result, or the refusal it got.</summary>
[GenerateSerializer, Alias("AfterSales.IdempotentOutcome")]
public sealed class IdempotentOutcome
{
    [Id(0)] public object? Answer { get; set; }

    [Id(1)] public Exception? Refusal { get; set; }
}
