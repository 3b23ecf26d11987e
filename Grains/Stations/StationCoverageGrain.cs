using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Stations;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Stations;

/// <summary>
/// The agreements covering one region for one product line. R-STN-2 is decided here: the grain handles one call at
/// a time, so the check for an overlap and the recording of a claim are one atomic step, and of two stations
/// registering at once for this pair exactly one gets it.
/// </summary>
public sealed class StationCoverageGrain(
    [PersistentState("stationcoverage")] IPersistentState<StationCoverageState> state) : Grain, IStationCoverageGrain
{
    private CommandPipeline<StationCoverageState>? _pipeline;

    private List<CoverageClaim> Claims => Pipeline.State.Claims;

    private CommandPipeline<StationCoverageState> Pipeline => _pipeline ??= CommandPipelines.For(this, state, DeactivateOnIdle, access: null);

    // R-STN-2: two stations' valid agreements may not cover the same region for the same product line.
    public async Task Claim(CoverageClaim claim)
    {
        if (Overlapping(claim) is { } other)
        {
            throw new RuleViolationException(
                "R-STN-2",
                Sentence.Of("refusal.station.overlap", $"R-STN-2: station '{other.StationId}' already covers {this.GetPrimaryKeyString()} from {other.ValidFrom:yyyy-MM-dd} to {other.ValidTo:yyyy-MM-dd}."));
        }

        if (Claims.Contains(claim))
        {
            return;
        }

        await Pipeline.Change(draft => draft.Claims.Add(claim));
    }

    public async Task Release(CoverageClaim claim)
    {
        if (Claims.Contains(claim))
        {
            await Pipeline.Change(draft => draft.Claims.Remove(claim));
        }
    }

    public Task<CoverageClaim?> FindOverlap(CoverageClaim claim) => Task.FromResult(Overlapping(claim));

    // R-STN-1: the station whose agreement is valid on the day; R-STN-2 makes it at most one.
    public Task<string?> StationOn(DateOnly day) =>
        Task.FromResult(Claims.FirstOrDefault(c => c.Covers(day))?.StationId);

    public Task<IReadOnlyList<CoverageClaim>> Get() => Task.FromResult<IReadOnlyList<CoverageClaim>>([.. Claims]);

    private CoverageClaim? Overlapping(CoverageClaim claim) =>
        Claims.FirstOrDefault(c => c.StationId != claim.StationId && c.Overlaps(claim));
}
