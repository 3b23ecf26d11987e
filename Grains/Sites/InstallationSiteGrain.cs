using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Common;
using AfterSales.Grains.Sla;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AfterSales.Grains.Sites;

/// <summary>
/// A customer's installation site: the machines installed there, their problems, acceptance and commissioning
/// (R-INS-1..5), and the customer trainings held for it (R-TRN-1/2). Each command checks its rule, changes the
/// state, records who did what and when, writes, and answers. The rules are spread over the partial files by stage.
/// </summary>
public sealed partial class InstallationSiteGrain(
    [PersistentState("site")] IPersistentState<SiteState> state,
    IOptions<InstallationSettings> settings,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock,
    BusinessCalendar calendar,
    ILogger<InstallationSiteGrain> logger) : Grain, IInstallationSiteGrain
{
    // docs/api.md: who registers sites and the machines installed (or delivered) there.

    private CommandPipeline<SiteState>? _pipeline;

    private SiteState S => Pipeline.State;

    private CommandPipeline<SiteState> Pipeline => _pipeline ??= CommandPipelines.For(this, state, DeactivateOnIdle, Access, Directory);

    /// <summary>A site belongs to its customer; before it is registered, to the customer it names.</summary>
    private CommandAccess<SiteState> Access => CommandAccess<SiteState>.Of<SiteOperation>((s, request) =>
        new Owner(s.Profile?.CustomerId ?? (request.Body as SiteProfile)?.CustomerId));

    private string Id => this.GetPrimaryKeyString();

    private ICustomerGrain Customer => GrainFactory.Get<ICustomerGrain>(S.Profile!.CustomerId);

    /// <summary>The machine of that serial when it is one of the site's customer's (R-MCH-1), else null.</summary>
    private async Task<Machine?> FindMachine(string serial)
    {
        var machine = GrainFactory.Get<IMachineGrain>(serial);
        if (!await machine.Exists())
        {
            return null;
        }

        var m = await machine.Get();
        return m.CustomerId == S.Profile!.CustomerId ? new Machine(m.Serial, m.ProductLine, m.Model, m.CommissionedOn) : null;
    }

    public Task Project() => S.Profile is null ? Task.CompletedTask : Pipeline.Change(_ => { });

    /// <summary>Every write tells the site list the site as it is now (docs/api.md "Lists"), with its problems awaiting an answer (R-INS-2).</summary>
    private IReadOnlyList<OutboxMessage> Directory(SiteState s)
    {
        s.OutboxVersion++;
        var open = s.Installations.Sum(i => i.Problems.Count(p => !p.Answered));
        var projection = s.Profile is { } p
            ? new DirectoryProjection<SiteSummary>(
                p.Address, [p.Region], new SiteSummary(Id, p.CustomerId, p.Address, p.Region, [.. s.Installations.Select(i => i.MachineSerial)], open), p.CustomerId, open)
            : DirectoryProjection<SiteSummary>.Removed;
        return [OutboxJson.Message(OutboxKinds.Site, Id, s.OutboxVersion, projection)];
    }

    public Task<SiteView> Read(Actor by)
    {
        EnsureExists();
        AccessPolicy.Require(by, SiteOperation.Get, new Owner(S.Profile!.CustomerId));
        return Task.FromResult(ToView());
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A commissioning written by a previous activation that could not tell the customer grain is told now (R-INS-5).
        if (S.Profile is not null)
        {
            await PublishCommissioning();
        }
    }

    public Task<SiteView> Register(Command<SiteProfile> command) =>
        Execute(command, SiteOperation.Register, async _ =>
        {
            if (S.Profile is not null)
            {
                throw new RuleViolationException(RuleIds.IdExists, Sentence.Of("refusal.site.exists", $"Site '{Id}' exists."));
            }

            var p = command.Body;
            var customerId = Text.Required(p.CustomerId, "customerId", "R-INS-1");
            var address = Text.Required(p.Address, "address", "R-INS-1");
            var region = Text.Required(p.Region, "region", "R-INS-1");
            if (!await GrainFactory.Get<ICustomerGrain>(customerId).Exists())
            {
                throw new InvalidInputException("R-INS-1", "customerId", Sentence.Of("refusal.site.customer-unknown", $"Customer '{customerId}' is unknown."));
            }

            S.Profile = new SiteProfile(customerId, address, region);
            return Sentence.Of("history.site.registered", $"site of customer {customerId} at {address}");
        }, registering: true);

    public Task<SiteView> Get()
    {
        EnsureExists();
        return Task.FromResult(ToView());
    }

    // The machine must be one of the site's customer; its product line comes from the customer's records.
    public Task<SiteView> Install(Command<NewInstallation> command) =>
        Execute(command, SiteOperation.Install, async now =>
        {
            var serial = Text.Required(command.Body.MachineSerial, "machineSerial", "R-INS-2");
            if (S.Installations.Any(i => i.MachineSerial == serial))
            {
                throw new RuleViolationException(RuleIds.IdExists, Sentence.Of("refusal.site.already-installed", $"Machine '{serial}' is already installed at site '{Id}'."));
            }

            var machine = await FindMachine(serial)
                ?? throw new InvalidInputException("R-INS-2", "machineSerial", Sentence.Of("refusal.site.no-machine", $"Customer '{S.Profile!.CustomerId}' has no machine '{serial}'."));
            if (machine.ProductLine != command.Body.ProductLine)
            {
                throw new InvalidInputException(
                    "R-INS-2", "productLine", Sentence.Of("refusal.site.wrong-product-line", $"Machine '{serial}' is a {machine.ProductLine}, not a {command.Body.ProductLine}."));
            }

            S.Installations.Add(new Installation(serial, machine.ProductLine, machine.Model, command.By.UserId, now, []));
            return Sentence.Of("history.site.installed", $"{machine.ProductLine} {serial} ({machine.Model}) installed");
        });

    /// <summary>
    /// Runs one command through the pipeline: a repeated idempotency key gets its first answer; otherwise the rule
    /// changes a draft (it throws when it refuses), the change is recorded in the history, the draft is written, and
    /// only then is it the site's state and the answer given.
    /// </summary>
    private Task<SiteView> Execute<T>(
        Command<T> command, CommandOperation operation, Func<DateTimeOffset, Task<Sentence>> rule, bool registering = false)
    {
        var now = clock.GetUtcNow();
        return Pipeline.Run(
            command.Request(operation),
            _ =>
            {
                if (!registering)
                {
                    EnsureExists();
                }

                return rule(now);
            },
            (draft, what) =>
            {
                draft.History.Add(HistoryEntry.Of(now, command.By.UserId, command.By.Role, operation.Name, what));
                draft.Version++;
                return Task.CompletedTask;
            },
            _ => ToView(),
            PublishCommissioning);
    }

    private Task<SiteView> Execute<T>(Command<T> command, CommandOperation operation, Func<DateTimeOffset, Sentence> rule) =>
        Execute(command, operation, now => Task.FromResult(rule(now)));

    private void EnsureExists()
    {
        if (S.Profile is null)
        {
            throw new NotFoundException("Site", Id);
        }
    }

    /// <summary>The installation of that serial at this site, with its index in the state.</summary>
    private (Installation Installation, int Index) InstallationOf(string serial)
    {
        var index = S.Installations.FindIndex(i => i.MachineSerial == serial);
        return index < 0 ? throw new NotFoundException("Installation", serial) : (S.Installations[index], index);
    }

    private static bool IsPlant(Installation i) => i.ProductLine != ProductLine.TruckMixer;

    // R-INS-5: the commissioning date starts the warranty, which the machine grain keeps.
    private async Task PublishCommissioning()
    {
        foreach (var i in S.Installations.Where(i => i.Commissioning is not null))
        {
            try
            {
                await GrainFactory.Get<IMachineGrain>(i.MachineSerial).RecordCommissioning(i.Commissioning!.CommissionedOn, Id);
            }
            catch (Exception e)
            {
                // The commissioning is durable here; the machine learns of it at the next command or activation.
                logger.LogWarning(e, "Site {SiteId} could not record the commissioning of {Serial} with the machine", Id, i.MachineSerial);
            }
        }
    }

    private SiteView ToView()
    {
        var p = S.Profile!;
        return new SiteView(Id, p.CustomerId, p.Address, p.Region, [.. S.Installations], [.. S.Trainings], [.. S.History], S.Version);
    }
}
