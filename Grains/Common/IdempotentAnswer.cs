namespace AfterSales.Grains.Common;

/// <summary>The first answer given to a request with an idempotency key, kept with the grain's state.</summary>
[GenerateSerializer, Alias("AfterSales.IdempotentAnswer`1")]
public sealed class IdempotentAnswer<T>
{
    [Id(0)] public string Operation { get; set; } = "";

    [Id(1)] public T Answer { get; set; } = default!;

    [Id(2)] public DateTimeOffset At { get; set; }
}
