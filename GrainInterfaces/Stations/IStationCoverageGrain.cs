using Orleans.Concurrency;

namespace AfterSales.GrainInterfaces.Stations;

/// <summary>
/// Which stations' agreements cover one region for one product line (R-STN-1/2), and the arbiter of R-STN-2 for
/// that pair. Key: "{normalised region}|{product line}"; one grain per pair, so no grain is hot for all stations.
/// </summary>
[Alias("AfterSales.IStationCoverageGrain")]
public interface IStationCoverageGrain : IGrainWithStringKey
{
    /// <summary>Records the claim, or refuses it (409 R-STN-2) when another station's claim overlaps it. Idempotent.</summary>
    [Alias("Claim")]
    Task Claim(CoverageClaim claim);

    /// <summary>Withdraws exactly this claim, if it is held (idempotent).</summary>
    [Alias("Release")]
    Task Release(CoverageClaim claim);

    /// <summary>Another station's claim that overlaps this one, if any (read-only).</summary>
    [Alias("FindOverlap"), ReadOnly]
    Task<CoverageClaim?> FindOverlap(CoverageClaim claim);

    /// <summary>The station whose agreement covers the pair on that day, if any (read-only, R-STN-1).</summary>
    [Alias("StationOn"), ReadOnly]
    Task<string?> StationOn(DateOnly day);

    [Alias("Get"), ReadOnly]
    Task<IReadOnlyList<CoverageClaim>> Get();
}
