using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.CodeOfConduct;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Common;
using AfterSales.Grains.Sla;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace AfterSales.Grains.Tickets;

/// <summary>
/// A service request, from intake to the customer's confirmation (R-TKT-1..12, R-WTY-1/2). Each command reads
/// like its clause: check the rule, change the state, write, answer. The rules are spread over the partial
/// files by stage: intake, site, report, closure, warranty.
/// </summary>
public sealed partial class TicketGrain(
    [PersistentState("ticket")] IPersistentState<TicketState> state,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock,
    BusinessCalendar calendar,
    ILogger<TicketGrain> logger) : Grain, ITicketGrain
{
    // Made when a page first watches: most tickets are never watched while active (100,000 of them held in memory).
    private ObserverManager<ITicketWatcher>? _watchers;

    private CommandPipeline<TicketState>? _pipeline;

    /// <summary>The ticket's state; while a command runs, its draft (<see cref="CommandPipeline{TState}"/>).</summary>
    private TicketState S => Pipeline.State;

    private CommandPipeline<TicketState> Pipeline => _pipeline ??= CommandPipelines.For(this, state, DeactivateOnIdle, Access, _ => [Projection(), .. Events()], Written);

    public Task Watch(ITicketWatcher watcher)
    {
        (_watchers ??= new(TicketWatch.Lasts, logger)).Subscribe(watcher, watcher);
        return Task.CompletedTask;
    }

    public Task Unwatch(ITicketWatcher watcher)
    {
        _watchers?.Unsubscribe(watcher);
        return Task.CompletedTask;
    }

    /// <summary>After each durable write: the SLA metrics, and the pages open on the ticket are told (one-way, never waited for).</summary>
    private void Written(TicketState before, TicketState after)
    {
        SlaMetrics.Count(before, after);
        if (_watchers is { Count: > 0 })
        {
            var change = new TicketChange(Id, after.Version, after.Status, after.History.LastOrDefault()?.By);
            _watchers.Notify(w => w.Changed(change));
        }
    }

    /// <summary>A ticket belongs to its customer, the station it is routed to and its engineer; before intake, to the customer it names.</summary>
    private CommandAccess<TicketState> Access => CommandAccess<TicketState>.Of<TicketOperation>((s, request) => s.Opened
        ? OwnerOf(s)
        : request.Body is OpenTicket o ? new Owner(o.CustomerId) : throw new NotFoundException("Ticket", Id));

    /// <summary>The numbers of the rules as the code of conduct in force at receipt set them (R-DOC-4).</summary>
    private RuleNumbers Rules => S.Numbers;

    private string Id => this.GetPrimaryKeyString();

    private Owner Owner => OwnerOf(S);

    private static Owner OwnerOf(TicketState s) => new(s.CustomerId, s.StationId, s.EngineerId);

    public Task<TicketView> Get()
    {
        EnsureOpened();
        return Task.FromResult(ToView());
    }

    public Task Require(Actor by, TicketOperation operation)
    {
        EnsureOpened();
        AccessPolicy.Require(by, operation, Owner);
        return Task.CompletedTask;
    }

    public Task<TicketView> Read(Actor by)
    {
        EnsureOpened();
        AccessPolicy.Require(by, TicketOperation.Get, Owner);
        return Task.FromResult(ToView().AsSeenBy(by));
    }

    public Task Project(IReadOnlyList<SlaAlert> raisedBefore) => !S.Opened ? Task.CompletedTask : Pipeline.Change(draft =>
    {
        foreach (var alert in raisedBefore.Where(a => a.TicketId == Id && draft.Alerts.All(kept => kept.Id != a.Id)))
        {
            draft.Alerts.Add(alert);
        }
    });

    /// <summary>
    /// Runs one command through the pipeline: a repeated idempotency key gets its first answer; otherwise the rule
    /// checks who may act and changes a draft (it throws when it refuses), the change is recorded in the history
    /// (R-TKT-12), the draft is written, and only then is it the ticket's state and the answer given.
    /// </summary>
    private Task<TicketView> Execute<T>(
        Command<T> command, CommandOperation operation, Func<DateTimeOffset, Task<Sentence>> rule, bool opening = false, Func<Task>? deliver = null)
    {
        var now = clock.GetUtcNow();
        return Pipeline.Run(
            command.Request(operation),
            _ =>
            {
                if (!opening)
                {
                    EnsureOpened();
                }

                return rule(now);
            },
            (draft, what) =>
            {
                draft.History.Add(HistoryEntry.Of(now, command.By.UserId, command.By.Role, operation.Name, what));
                draft.Version++;
                return Task.CompletedTask;
            },
            _ => ToView().AsSeenBy(command.By),
            deliver);
    }

    private Task<TicketView> Execute<T>(Command<T> command, CommandOperation operation, Func<DateTimeOffset, Sentence> rule) =>
        Execute(command, operation, now => Task.FromResult(rule(now)));


    /// <summary>The status machine (<see cref="TicketStatusMoves"/>): refuses the command in a status it may not be run from.</summary>
    private void RequireStatus(TicketOperation operation, string ruleId, string action) =>
        RequireStatus(operation, ruleId, action, [.. TicketStatusMoves.Of(operation)!]);

    private void RequireStatus(TicketOperation operation, string ruleId, string action, params TicketStatus[] allowed)
    {
        if (!allowed.Contains(S.Status))
        {
            // The English names the action as a gerund; the reader's language names the operation.
            var needs = Alternatives.Of(allowed);
            throw new RuleViolationException(ruleId, Sentence.Of(
                "refusal.ticket.status",
                $"{ruleId}: {action} is not possible in status {S.Status} (needs {needs}).",
                ruleId, Phrase.EnumArg(operation), Phrase.EnumArg(S.Status), needs.Arg));
        }
    }

    private void EnsureOpened()
    {
        if (!S.Opened)
        {
            throw new NotFoundException("Ticket", Id);
        }
    }

    private TicketSummary ToSummary() => new(
        Id, S.Status, S.Channel, S.CustomerId, S.MachineSerial, S.ProductLine, S.Category, S.EngineerId, S.StationId,
        S.ReceivedAt, S.Version, S.Sla.Any(d => SlaClock.AsOf(d, clock.GetUtcNow(), calendar).State == SlaState.Breached),
        NextDeadline(), [.. S.OldParts.Where(p => p.State == OldPartState.Expected)], S.CustomerRegion,
        S.Contact?.SiteAddress ?? S.CustomerCity, S.CampaignId, S.Maintenance);

    private TicketView ToView() => new(
        Id, S.Status, S.Channel, S.CustomerId, S.MachineSerial, S.ProductLine, S.Description, S.Category,
        S.WarrantySuspected, S.EngineerId, S.StationId, S.ReceivedBy, S.ReceivedAt, S.FirstContactAt, S.ArrivedAt,
        S.ResolvedAt, S.ClosedAt, S.Escalation is not null, S.Escalation, [.. S.PhoneAttempts], S.Dispatch,
        S.SiteFindings, [.. S.QualityRecords], S.ResolutionSummary, WithFingerprint(S.Report),
        [.. S.EarlierReports.Select(r => WithFingerprint(r)!)], S.Warranty, S.WarrantyParts, [.. S.Replies],
        [.. S.Confirmations], S.ReopenCount, Times(), [.. S.History], S.Version,
        [.. S.Sla.Select(d => SlaClock.AsOf(d, clock.GetUtcNow(), calendar))], S.Waiting, [.. S.OldParts], S.CodeVersion,
        [.. S.Attachments], Contact: S.Contact ?? TicketContact.None, ArrivalHours: S.ArrivalHours, Maintenance: S.Maintenance, CampaignId: S.CampaignId);

    /// <summary>
    /// The report with the hash of its content now, and whether that still matches the hash at signing: its evidence
    /// files as they are now, so a photo replaced after signing shows as a changed report.
    /// </summary>
    private ServiceReport? WithFingerprint(ServiceReport? report)
    {
        if (report is null)
        {
            return null;
        }

        var now = FingerprintNow(report.Content);
        return report with
        {
            ContentSha256 = now,
            MatchesSignature = report.SignedContentSha256 is null ? null : report.SignedContentSha256 == now,
        };
    }

    // R-TKT-3 and R-TKT-5: first response = contact - receipt; time to site = arrival - receipt.
    private ServiceTimes Times()
    {
        double? Hours(DateTimeOffset? t) => t is { } v ? Math.Round((v - S.ReceivedAt).TotalHours, 2) : null;
        return new ServiceTimes(
            Hours(S.FirstContactAt), TargetHours(SlaKind.FirstResponse), Hours(S.ArrivedAt), TargetHours(SlaKind.TimeToSite));
    }
}
