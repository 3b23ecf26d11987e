using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Customers;

/// <summary>A customer with its machines, its tickets and each machine's service history.</summary>
public sealed class CustomerGrain(
    [PersistentState("customer")] IPersistentState<CustomerState> state) : Grain, ICustomerGrain
{
    // docs/api.md: master data is written by the service manager; customers also by the service assistant.
    private CommandPipeline<CustomerState>? _pipeline;

    private CustomerState S => Pipeline.State;

    private CommandPipeline<CustomerState> Pipeline => _pipeline ??= CommandPipelines.For(this, state, DeactivateOnIdle, Access, Directory);

    private CommandAccess<CustomerState> Access => CommandAccess<CustomerState>.Of<CustomerOperation>((_, _) => new Owner(this.GetPrimaryKeyString()));

    public Task<CustomerView> Register(Command<CustomerProfile> command) =>
        Execute(command, CustomerOperation.Register, () =>
        {
            if (S.Profile is not null)
            {
                throw new RuleViolationException(RuleIds.IdExists, Sentence.Of("refusal.customer.exists", $"Customer '{this.GetPrimaryKeyString()}' exists."));
            }

            var p = command.Body;
            if (p.Language is not (null or "zh" or "en"))
            {
                throw new InvalidInputException("API-INPUT", "language", Sentence.Of("refusal.customer.language", "language: the customer is written to in zh or en."));
            }

            S.Profile = p with
            {
                Name = Text.Required(p.Name, "name", "R-TKT-1"),
                Region = Text.Required(p.Region, "region", "R-STN-1"),
                Language = p.Language ?? "zh",
            };
        });

    public Task<CustomerView> Get()
    {
        EnsureExists();
        return Task.FromResult(ToView());
    }

    public Task<bool> Exists() => Task.FromResult(S.Profile is not null);

    public Task<CustomerView> AddMachine(Command<Machine> command) =>
        Execute(command, CustomerOperation.AddMachine, () =>
        {
            EnsureExists();
            var m = command.Body;
            var serial = Text.Required(m.Serial, "serial", "R-TKT-1");
            if (S.Machines.Any(x => x.Serial == serial))
            {
                throw new RuleViolationException(RuleIds.IdExists, Sentence.Of("refusal.customer.machine-exists", $"Machine '{serial}' is already registered to this customer."));
            }

            S.Machines.Add(m with { Serial = serial, Model = Text.Required(m.Model, "model", "R-TKT-1") });
        });

    public Task<Machine?> FindMachine(string serial) =>
        Task.FromResult(S.Machines.FirstOrDefault(m => m.Serial == serial));

    // R-INS-5: the commissioning date starts the warranty (R-WTY-1); a later commissioning does not restart it.
    public async Task RecordCommissioning(string serial, DateOnly commissionedOn)
    {
        EnsureExists();
        var index = S.Machines.FindIndex(m => m.Serial == serial);
        if (index < 0)
        {
            throw new NotFoundException("Machine", serial);
        }

        if (S.Machines[index].CommissionedOn is not null)
        {
            return;
        }

        await Pipeline.Change(draft => draft.Machines[index] = draft.Machines[index] with { CommissionedOn = commissionedOn });
    }

    public Task Project() => S.Profile is null ? Task.CompletedTask : Pipeline.Change(_ => { });

    /// <summary>Every write tells the customer list the customer as it is now (docs/api.md "Lists").</summary>
    private IReadOnlyList<OutboxMessage> Directory(CustomerState s)
    {
        s.OutboxVersion++;
        var id = this.GetPrimaryKeyString();
        var projection = s.Profile is { } p
            ? new DirectoryProjection<CustomerSummary>(p.Name, [p.Region], new CustomerSummary(id, p.Name, p.Region, p.City, [.. s.Machines]))
            : DirectoryProjection<CustomerSummary>.Removed;
        return [OutboxJson.Message(OutboxKinds.Customer, id, s.OutboxVersion, projection)];
    }

    private void EnsureExists()
    {
        if (S.Profile is null)
        {
            throw new NotFoundException("Customer", this.GetPrimaryKeyString());
        }
    }

    private Task<CustomerView> Execute<T>(Command<T> command, CommandOperation operation, Action rule) =>
        Pipeline.Run(
            command.Request(operation),
            _ =>
            {
                rule();
                return Task.FromResult(true);
            },
            null,
            _ => ToView());

    private CustomerView ToView()
    {
        var p = S.Profile!;
        return new CustomerView(
            this.GetPrimaryKeyString(), p.Name, p.Region, p.Phone, p.Email, p.City, [.. S.Machines], [], p.Language ?? "zh", p.Notifications ?? true);
    }
}
