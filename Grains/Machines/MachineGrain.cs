using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.CodeOfConduct;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.GrainInterfaces.Stations;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Common;
using AfterSales.Grains.Sla;
using AfterSales.Grains.Stations;
using AfterSales.Grains.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AfterSales.Grains.Machines;

/// <summary>
/// A machine of the installed base (R-MCH-1): registered by serial, owned by a customer (each change of owner kept with
/// its date), commissioned at a site (R-INS-5), its hours (R-MCH-2, in MachineGrain.Hours), its warranty by months or
/// hours (R-WTY-4), its maintenance plan (R-PM, MachineGrain.Maintenance) and campaigns (R-CMP, MachineGrain.Campaigns).
/// </summary>
public sealed partial class MachineGrain(
    [PersistentState("machine")] IPersistentState<MachineState> state,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock,
    BusinessCalendar calendar,
    IOptions<CodeOfConductSettings> settings,
    ILogger<MachineGrain> logger) : Grain, IMachineGrain
{
    private CommandPipeline<MachineState>? _pipeline;

    /// <summary>The machine's state; while a command runs, its draft. A read makes no pipeline (100,000 machines read, not written).</summary>
    private MachineState S => _pipeline?.State ?? state.State;

    private CommandPipeline<MachineState> Pipeline => _pipeline ??= CommandPipelines.For(this, state, DeactivateOnIdle, Access, Outbox);

    private string Serial => this.GetPrimaryKeyString();

    /// <summary>The warranty months of the code in force, as the command under way read them (for the machine list's warranty).</summary>
    private int? _months;

    /// <summary>Whom an engineer's reading is by: the engineer of the ticket it names (asked before the command, <see cref="RecordHours"/>).</summary>
    private string? _engineerOfTicket;

    private CommandAccess<MachineState> Access => CommandAccess<MachineState>.Of<MachineOperation>((s, request) => s.Registered
        ? new Owner(s.CustomerId, s.StationId, _engineerOfTicket)
        : request.Body is MachineRegistration r ? new Owner(r.CustomerId) : throw new NotFoundException("Machine", Serial));

    private IMachineRecords Records => ServiceProvider.GetRequiredService<IMachineRecords>();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        if (S.Registered && S.ListedWith != S.CustomerId)
        {
            // After the call that woke it: that call may come from a customer waiting for its answer.
            this.RegisterGrainTimer(TellOwners, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        }
    }

    // R-MCH-1: registered by its serial, with its line, model, owner, site, delivery and commissioning dates.
    public Task<MachineView> Register(Command<MachineRegistration> command, string region) =>
        Execute(command, MachineOperation.Register, async now =>
        {
            if (S.Registered)
            {
                throw new RuleViolationException(RuleIds.IdExists, Sentence.Of("refusal.machine.exists", $"Machine '{Serial}' is registered already."));
            }

            var r = command.Body;
            var customerId = Text.Required(r.CustomerId, "customerId", "R-MCH-1");
            var model = Text.Required(r.Model, "model", "R-MCH-1");
            if (r.CommissionedOn is { } commissioned && r.DeliveredOn is { } delivered && commissioned < delivered)
            {
                throw new InvalidInputException("R-MCH-1", "commissionedOn", Sentence.Of("refusal.machine.commissioned-before-delivery", "R-MCH-1: a machine is commissioned on or after its delivery."));
            }

            S.Registered = true;
            S.ProductLine = r.ProductLine;
            S.Model = model;
            S.CustomerId = customerId;
            S.Owners = [new OwnerRecord(customerId, calendar.LocalDate(now))];
            S.SiteId = await SiteOf(customerId, Text.Optional(r.SiteId));
            S.DeliveredOn = r.DeliveredOn;
            S.CommissionedOn = r.CommissionedOn;
            S.RegisteredAt = now;
            S.Region = region;
            S.StationId = await Station(region, now);
            // The registering customer lists it in the same command.
            S.ListedWith = customerId;
            // R-PM-3: the first visit falls 30 days after commissioning; a machine registered later than that had its chance.
            S.FirstVisitSettled = r.CommissionedOn is { } on && on.AddDays(FirstVisitDays) < calendar.LocalDate(now);
            await Plan(now);
        });

    public async Task Adopt(string customerId, string region, Machine machine)
    {
        if (S.Registered)
        {
            if (S.CustomerId != customerId)
            {
                logger.LogWarning("Machine {Serial} is registered to {Owner}; customer {Customer} also listed it and keeps it in its list only", Serial, S.CustomerId, customerId);
            }

            return;
        }

        // Asked by the customer itself, which waits for the answer: its region comes with the call.
        var now = clock.GetUtcNow();
        var station = await GrainFactory.Get<IStationCoverageGrain>(CoverageKey.For(region, machine.ProductLine)).StationOn(calendar.LocalDate(now));
        await Pipeline.Change(async draft =>
        {
            draft.Registered = true;
            draft.ProductLine = machine.ProductLine;
            draft.Model = machine.Model;
            draft.CustomerId = customerId;
            draft.Owners = [new OwnerRecord(customerId, machine.CommissionedOn ?? calendar.LocalDate(now))];
            draft.CommissionedOn = machine.CommissionedOn;
            draft.Region = region;
            draft.StationId = station;
            // Its customer's list holds it already; an old machine's first visit is long past (R-PM-3).
            draft.ListedWith = customerId;
            draft.FirstVisitSettled = machine.CommissionedOn is { } on && on.AddDays(FirstVisitDays) < calendar.LocalDate(now);
            draft.Version++;
            await Plan(now);
        });
    }

    public Task<MachineView> Get()
    {
        EnsureRegistered();
        return View();
    }

    public async Task<MachineView> Read(Actor by)
    {
        EnsureRegistered();
        // A station reads the machines of its area as it is covered today (R-STN-1), whatever it was at the last write.
        var station = by.Role == Role.ServiceStation ? await Station(S.Region ?? "", clock.GetUtcNow()) : S.StationId;
        AccessPolicy.Require(by, MachineOperation.Get, new Owner(S.CustomerId, station));
        var view = await View();
        return view with { StationId = station };
    }

    public Task<bool> Exists() => Task.FromResult(S.Registered);

    // R-TKT-1, R-WTY-4: the ticket's machine, with its warranty judged at receipt with the hours known then.
    public async Task<MachineAtReceipt?> AtReceipt(DateTimeOffset at) =>
        S.Registered ? new MachineAtReceipt(S.CustomerId, S.ProductLine, S.Model, await WarrantyOn(at), S.Hours is not null) : null;

    // R-MCH-1: a change of owner is recorded with its date; the machine keeps its history (its tickets are by serial).
    public Task<MachineView> ChangeOwner(Command<OwnerChange> command) =>
        Execute(command, MachineOperation.ChangeOwner, async now =>
        {
            EnsureRegistered();
            var change = command.Body;
            var customerId = Text.Required(change.CustomerId, "customerId", "R-MCH-1");
            if (customerId == S.CustomerId)
            {
                throw new RuleViolationException("R-MCH-1", Sentence.Of("refusal.machine.same-owner", $"R-MCH-1: machine '{Serial}' belongs to '{customerId}' already."));
            }

            if (change.Since < S.Owners[^1].Since)
            {
                throw new InvalidInputException("R-MCH-1", "since", Sentence.Of(
                    "refusal.machine.owner-since", $"R-MCH-1: a new owner follows the last one, who has owned it since {S.Owners[^1].Since:yyyy-MM-dd}.", S.Owners[^1].Since.ToString("yyyy-MM-dd")));
            }

            var customer = await Owner(customerId);
            S.CustomerId = customerId;
            S.ListedWith = null;
            S.Owners.Add(new OwnerRecord(customerId, change.Since));
            S.Region = customer.Region;
            S.StationId = await Station(customer.Region, now);
        });

    // R-INS-5: the commissioning date starts the warranty (R-WTY-1); a later commissioning does not restart it, but a
    // later one at another site moves the machine there.
    public async Task RecordCommissioning(DateOnly commissionedOn, string? siteId)
    {
        EnsureRegistered();
        var first = S.CommissionedOn is null;
        var moved = siteId is not null && siteId != S.SiteId && (S.SiteSince is null || commissionedOn > S.SiteSince);
        if (!first && !moved)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await Pipeline.Change(async draft =>
        {
            if (draft.CommissionedOn is null)
            {
                // The customer's list shows the commissioning date.
                draft.CommissionedOn = commissionedOn;
                draft.ListedWith = null;
            }

            if (siteId is not null && (first || moved))
            {
                draft.SiteId = siteId;
                draft.SiteSince = commissionedOn;
            }

            draft.Version++;
            await Plan(now);
        });
        await TellOwners();
    }

    /// <summary>The machine's owner must be a registered customer (R-MCH-1).</summary>
    private async Task<CustomerView> Owner(string customerId)
    {
        var customer = GrainFactory.Get<ICustomerGrain>(customerId);
        return await customer.Exists()
            ? await customer.Get()
            : throw new InvalidInputException("R-MCH-1", "customerId", Sentence.Of("refusal.machine.no-customer", $"R-MCH-1: customer '{customerId}' is not registered."));
    }

    /// <summary>The site a machine stands at: one of its owner's sites (R-MCH-1).</summary>
    private async Task<string?> SiteOf(string customerId, string? siteId)
    {
        if (siteId is null)
        {
            return null;
        }

        try
        {
            if ((await GrainFactory.Get<IInstallationSiteGrain>(siteId).Get()).CustomerId == customerId)
            {
                return siteId;
            }
        }
        catch (NotFoundException)
        {
            // Refused below, as another customer's site is.
        }

        throw new InvalidInputException("R-MCH-1", "siteId", Sentence.Of("refusal.machine.site-not-customers", $"R-MCH-1: customer '{customerId}' has no site '{siteId}'."));
    }

    /// <summary>The station of the area and line on the day (R-STN-1).</summary>
    private Task<string?> Station(string region, DateTimeOffset now) =>
        GrainFactory.Get<IStationCoverageGrain>(CoverageKey.For(region, S.ProductLine)).StationOn(calendar.LocalDate(now));

    /// <summary>R-WTY-1: the months of warranty of the code of conduct in force on the day (R-DOC-4).</summary>
    private async Task<int> WarrantyMonths(DateTimeOffset at) =>
        (await GrainFactory.Get<ICodeOfConductGrain>(ICodeOfConductGrain.Ref).InForceAt(at)).Numbers.WarrantyMonths;

    /// <summary>R-WTY-4: the warranty on the day of <paramref name="at"/>, with the hours read by then.</summary>
    private async Task<WarrantyCheck> WarrantyOn(DateTimeOffset at) => WarrantyOf(S, at, await WarrantyMonths(at));

    private WarrantyCheck WarrantyOf(MachineState s, DateTimeOffset at, int months) =>
        Warranty.Check(s.CommissionedOn, calendar.LocalDate(at), months, settings.Value.WarrantyHoursFor(s.ProductLine), s.Hours is { } h && h.ReadAt <= at ? h : null);

    private void EnsureRegistered()
    {
        if (!S.Registered)
        {
            throw new NotFoundException("Machine", Serial);
        }
    }

    /// <summary>One command through the pipeline: the rule on a draft, the write with its outbox, then the owners' lists told.</summary>
    private async Task<MachineView> Execute<T>(Command<T> command, MachineOperation operation, Func<DateTimeOffset, Task> rule)
    {
        var now = clock.GetUtcNow();
        _months = await WarrantyMonths(now);
        return await Pipeline.Run(
            command.Request(operation),
            async _ =>
            {
                await rule(now);
                // The station of the area as covered today (R-STN-1): the machine list shows a station its machines.
                if (S.Registered)
                {
                    S.StationId = await Station(S.Region ?? "", now);
                }

                return true;
            },
            (draft, _) =>
            {
                draft.Version++;
                return Task.CompletedTask;
            },
            _ => ViewOf(now, _months.Value),
            TellOwners);
    }

    /// <summary>Every write tells the machine list (and the readings table) what it wrote.</summary>
    private IReadOnlyList<OutboxMessage> Outbox(MachineState s)
    {
        var messages = new List<OutboxMessage>();
        foreach (var reading in s.Unsent)
        {
            messages.Add(OutboxJson.Message(OutboxKinds.MachineReading, $"{Serial}/{reading.Seq}", reading.Seq, reading));
        }

        s.Unsent = [];
        if (s.Registered)
        {
            var now = clock.GetUtcNow();
            var warranty = WarrantyOf(s, now, _months ?? settings.Value.WarrantyMonths).State;
            var summary = new MachineSummary(
                Serial, s.ProductLine, s.Model, s.CustomerId, s.StationId, s.Region, s.CommissionedOn, s.Hours, MaintenanceDue(s, now), warranty);
            messages.Add(OutboxJson.Message(OutboxKinds.Machine, Serial, s.Version, new MachineProjection(summary, s.NextWakeAt, s.PlanVersion)));
        }

        return messages;
    }

    /// <summary>The customers' machine lists, when they are behind: the owner's holds the machine as it is, a former owner's no longer.</summary>
    private async Task TellOwners()
    {
        if (!S.Registered || S.ListedWith == S.CustomerId)
        {
            return;
        }

        try
        {
            var machine = new Machine(Serial, S.ProductLine, S.Model, S.CommissionedOn);
            foreach (var former in S.Owners.Select(o => o.CustomerId).Where(c => c != S.CustomerId).Distinct())
            {
                await GrainFactory.Get<ICustomerGrain>(former).Unlist(Serial);
            }

            await GrainFactory.Get<ICustomerGrain>(S.CustomerId).List(machine);
            await Pipeline.Change(draft => draft.ListedWith = draft.CustomerId);
        }
        catch (Exception e)
        {
            // The machine is written; its customers' lists learn of it at its next command or activation.
            logger.LogWarning(e, "Machine {Serial} could not update its customers' machine lists", Serial);
        }
    }

    private async Task<MachineView> View()
    {
        var now = clock.GetUtcNow();
        return ViewOf(now, await WarrantyMonths(now));
    }

    private MachineView ViewOf(DateTimeOffset now, int months) => new(
        Serial, S.ProductLine, S.Model, S.CustomerId, S.SiteId, S.DeliveredOn, S.CommissionedOn, S.Hours, HoursAverage.PerDay(S.Anchors, S.Hours),
        WarrantyOf(S, now, months), MaintenanceLines(now), [], [.. S.Campaigns.Select(c => c.CampaignId)], [.. S.Owners], S.StationId, S.Region, S.Version);
}
