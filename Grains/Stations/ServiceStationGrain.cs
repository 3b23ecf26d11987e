using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Stations;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AfterSales.Grains.Stations;

/// <summary>
/// An authorized service station and its agent agreement: the area it serves (R-STN-1), which no other station's
/// valid agreement may also cover (R-STN-2).
/// </summary>
/// <remarks>
/// R-STN-2 spans many grains, one per (region, product line), and no grain sees every station. A registration
/// therefore (1) asks each pair's coverage grain for an overlap and refuses before anything is written; (2) writes
/// the agreement as not yet claimed, a durable note of the registration in progress; (3) claims the pairs one by one
/// in key order, each coverage grain refusing an overlap atomically, since two stations may both pass (1) at once;
/// (4) marks the agreement claimed. When a claim is refused in (3), the claims already made are released and the
/// agreement is forgotten, so the refusal leaves nothing behind. Claiming in one global key order means that of
/// stations racing for shared pairs the first to take the lowest shared pair wins and the others fail before they
/// hold any pair the winner needs: exactly one wins. A crash between (2) and (4) is finished, or undone, at the
/// station's next activation or registration retry.
/// </remarks>
public sealed class ServiceStationGrain(
    [PersistentState("station")] IPersistentState<ServiceStationState> state,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock,
    ILogger<ServiceStationGrain> logger) : Grain, IServiceStationGrain
{
    private CommandPipeline<ServiceStationState>? _pipeline;

    private ServiceStationState S => Pipeline.State;

    private CommandPipeline<ServiceStationState> Pipeline => _pipeline ??= CommandPipelines.For(
        this, state, DeactivateOnIdle, CommandAccess<ServiceStationState>.Of<StationOperation>((_, _) => new Owner(StationId: this.GetPrimaryKeyString())), Directory);

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Settle();
        }
        catch (Exception e)
        {
            // The agreement stays unclaimed; the next registration retry or activation settles it.
            logger.LogWarning(e, "Station {StationId} could not settle its coverage claims", Id);
        }
    }

    // R-STN-1: the service manager registers the signed agent agreement; R-STN-2: no overlap with another station.
    public Task<StationView> Register(Command<StationAgreement> command) =>
        Pipeline.Once(command.Request(StationOperation.Register), async () =>
        {
            var agreement = Validated(command.Body);
            var resuming = S.Agreement is { } pending && !S.Claimed && Same(pending, agreement);
            if (!resuming)
            {
                await Settle();
                if (S.Agreement is not null)
                {
                    throw new RuleViolationException(RuleIds.IdExists, Sentence.Of("refusal.station.exists", $"Service station '{Id}' exists."));
                }

                await RequireNoOverlap(agreement);
                await Pipeline.Change(draft =>
                {
                    draft.Agreement = agreement;
                    draft.Claimed = false;
                    draft.RegisteredBy = command.By.UserId;
                    draft.RegisteredAt = clock.GetUtcNow();
                });
            }

            await ClaimAll(S.Agreement!);
            await Pipeline.Change(draft => draft.Claimed = true);
            return ToView();
        });

    public async Task<StationView> Get()
    {
        await Settle();
        if (S.Agreement is null)
        {
            throw new NotFoundException("Service station", Id);
        }

        return ToView();
    }

    public async Task Project()
    {
        await Settle();
        if (S.Agreement is not null && S.Claimed)
        {
            await Pipeline.Change(_ => { });
        }
    }

    /// <summary>
    /// Every write tells the station list the station as it is now (docs/api.md "Lists"): a station is listed once its
    /// agreement holds its whole area (claimed), and no longer when a refused registration is forgotten.
    /// </summary>
    private IReadOnlyList<OutboxMessage> Directory(ServiceStationState s)
    {
        s.OutboxVersion++;
        var projection = s.Agreement is { } a && s.Claimed
            ? new DirectoryProjection<StationView>(a.Name, a.Regions, ViewOf(a, s))
            : DirectoryProjection<StationView>.Removed;
        return [OutboxJson.Message(OutboxKinds.Station, Id, s.OutboxVersion, projection)];
    }

    /// <summary>R-STN-2, step (1): refuses, before anything is written, when another station covers a pair.</summary>
    private async Task RequireNoOverlap(StationAgreement agreement)
    {
        var claim = ClaimOf(agreement);
        var found = await Task.WhenAll(Pairs(agreement).Select(async key =>
            (key, other: await GrainFactory.Get<IStationCoverageGrain>(key).FindOverlap(claim))));
        if (found.FirstOrDefault(f => f.other is not null) is { other: { } other } overlap)
        {
            throw new RuleViolationException(
                "R-STN-2",
                Sentence.Of("refusal.station.overlap", $"R-STN-2: station '{other.StationId}' already covers {overlap.key} from {other.ValidFrom:yyyy-MM-dd} to {other.ValidTo:yyyy-MM-dd}."));
        }
    }

    /// <summary>
    /// R-STN-2, step (3): claims every pair in key order; when a coverage grain refuses, releases what was claimed
    /// and forgets the agreement before passing the refusal on.
    /// </summary>
    private async Task ClaimAll(StationAgreement agreement)
    {
        var claim = ClaimOf(agreement);
        var made = new List<IStationCoverageGrain>();
        try
        {
            foreach (var key in Pairs(agreement))
            {
                var coverage = GrainFactory.Get<IStationCoverageGrain>(key);
                await coverage.Claim(claim);
                made.Add(coverage);
            }
        }
        catch (RuleViolationException)
        {
            // If a release fails, the agreement stays unclaimed and the next settling releases again.
            foreach (var coverage in made)
            {
                await coverage.Release(claim);
            }

            await Pipeline.Change(draft =>
            {
                draft.Agreement = null;
                draft.Claimed = false;
                draft.RegisteredBy = "";
                draft.RegisteredAt = default;
            });
            throw;
        }
    }

    /// <summary>Finishes, or undoes when refused, a registration that was interrupted between its writes.</summary>
    private async Task Settle()
    {
        if (S.Agreement is not { } pending || S.Claimed)
        {
            return;
        }

        try
        {
            await ClaimAll(pending);
        }
        catch (RuleViolationException e)
        {
            logger.LogWarning("Station {StationId}: interrupted registration undone: {Reason}", Id, e.Message);
            return;
        }

        await Pipeline.Change(draft => draft.Claimed = true);
    }

    private CoverageClaim ClaimOf(StationAgreement a) => new(Id, a.ValidFrom, a.ValidTo);

    // One coverage grain per (region, product line), in one global order (see the remarks above).
    private static IEnumerable<string> Pairs(StationAgreement a) =>
        a.Regions.SelectMany(r => a.ProductLines.Select(p => CoverageKey.For(r, p))).Order(StringComparer.Ordinal);

    private static StationAgreement Validated(StationAgreement a)
    {
        var name = Text.Required(a.Name, "name", "R-STN-1");
        var regions = (a.Regions ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim())
            .DistinctBy(CoverageKey.Normalise).ToList();
        if (regions.Count == 0)
        {
            throw new InvalidInputException("R-STN-1", "regions", Sentence.Of("refusal.station.no-region", "R-STN-1: an agreement covers at least one region."));
        }

        if (regions.Any(r => r.Contains(CoverageKey.Separator)))
        {
            throw new InvalidInputException("R-STN-1", "regions", Sentence.Of("refusal.station.region-character", $"R-STN-1: a region may not contain '{CoverageKey.Separator}'."));
        }

        var lines = (a.ProductLines ?? []).Distinct().ToList();
        if (lines.Count == 0 || lines.Any(l => !Enum.IsDefined(l)))
        {
            throw new InvalidInputException("R-STN-1", "productLines", Sentence.Of("refusal.station.no-product-line", "R-STN-1: an agreement covers at least one known product line."));
        }

        if (a.ValidFrom > a.ValidTo)
        {
            throw new InvalidInputException("R-STN-1", "validTo", Sentence.Of("refusal.station.valid-to-before-valid-from", "R-STN-1: validTo may not be before validFrom."));
        }

        return a with { Name = name, Regions = regions, ProductLines = lines };
    }

    private static bool Same(StationAgreement a, StationAgreement b) =>
        a.Name == b.Name && a.Regions.SequenceEqual(b.Regions) && a.ProductLines.SequenceEqual(b.ProductLines)
        && a.ValidFrom == b.ValidFrom && a.ValidTo == b.ValidTo;

    private StationView ToView() => ViewOf(S.Agreement!, S);

    private StationView ViewOf(StationAgreement a, ServiceStationState s) =>
        new(Id, a.Name, a.Regions, a.ProductLines, a.ValidFrom, a.ValidTo, s.RegisteredBy, s.RegisteredAt);
}
