namespace AfterSales.GrainInterfaces.Stations;

/// <summary>A station's agreement covering one region for one product line, from and to a day (both inclusive).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.CoverageClaim")]
public sealed record CoverageClaim(
    [property: Id(0)] string StationId,
    [property: Id(1)] DateOnly ValidFrom,
    [property: Id(2)] DateOnly ValidTo)
{
    /// <summary>R-STN-2: two validity periods overlap when each starts before the other ends; adjacent periods do not.</summary>
    public bool Overlaps(CoverageClaim other) => ValidFrom <= other.ValidTo && other.ValidFrom <= ValidTo;

    /// <summary>R-STN-1: the agreement is valid on that day.</summary>
    public bool Covers(DateOnly day) => ValidFrom <= day && day <= ValidTo;
}
