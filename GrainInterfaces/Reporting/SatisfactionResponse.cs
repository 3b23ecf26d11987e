using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Reporting;

/// <summary>One response on the 1-5 scale (R-SAT-2); its id makes recording it idempotent.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.SatisfactionResponse")]
public sealed record SatisfactionResponse(
    [property: Id(0)] string Id,
    [property: Id(1)] SatisfactionSource Source,
    [property: Id(2)] int Score,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? CustomerId = null,
    [property: Id(5)] string? EngineerId = null,
    [property: Id(6)] string? StationId = null,
    [property: Id(7)] string? Region = null,
    [property: Id(8)] ProductLine? ProductLine = null)
{
    /// <summary>R-SAT-2: satisfied means 4 or 5 of 5.</summary>
    public bool Satisfied => Score >= 4;
}
