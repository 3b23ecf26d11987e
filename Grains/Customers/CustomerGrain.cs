using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Customers;

/// <summary>A customer with the list of its machines (each machine is a grain of its own, which keeps the list, R-MCH-1).</summary>
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

    // R-MCH-1: the machine is a grain of its own, registered by serial to this customer (a serial registered already is
    // refused); the customer lists it in the same command. Registered by an earlier attempt whose list was not written,
    // it is listed now.
    public Task<CustomerView> AddMachine(Command<Machine> command) =>
        Pipeline.Run(
            command.Request(CustomerOperation.AddMachine),
            async _ =>
            {
                EnsureExists();
                var m = command.Body;
                var serial = Text.Required(m.Serial, "serial", "R-TKT-1");
                if (S.Machines.Any(x => x.Serial == serial))
                {
                    throw new RuleViolationException(RuleIds.IdExists, Sentence.Of("refusal.customer.machine-exists", $"Machine '{serial}' is already registered to this customer."));
                }

                var id = this.GetPrimaryKeyString();
                var machine = GrainFactory.Get<IMachineGrain>(serial);
                var registration = new MachineRegistration(id, m.ProductLine, Text.Required(m.Model, "model", "R-TKT-1"), m.CommissionedOn, m.DeliveredOn, m.SiteId);
                MachineView view;
                try
                {
                    view = await machine.Register(new Command<MachineRegistration>(command.By, registration, command.IdempotencyKey), S.Profile!.Region);
                }
                catch (RuleViolationException e) when (e.RuleId == RuleIds.IdExists)
                {
                    view = await machine.Get();
                    if (view.CustomerId != id)
                    {
                        throw new RuleViolationException(RuleIds.IdExists, Sentence.Of(
                            "refusal.machine.registered-elsewhere", $"R-MCH-1: machine '{serial}' is registered to another customer; the service manager records a change of owner.", serial));
                    }
                }

                S.Machines.Add(new Machine(serial, view.ProductLine, view.Model, view.CommissionedOn));
                return true;
            },
            null,
            _ => ToView());

    public async Task List(Machine machine)
    {
        EnsureExists();
        var index = S.Machines.FindIndex(m => m.Serial == machine.Serial);
        if (index >= 0 && S.Machines[index] == machine)
        {
            return;
        }

        await Pipeline.Change(draft =>
        {
            if (index >= 0)
            {
                draft.Machines[index] = machine;
            }
            else
            {
                draft.Machines.Add(machine);
            }
        });
    }

    public async Task Unlist(string serial)
    {
        if (S.Profile is null || S.Machines.All(m => m.Serial != serial))
        {
            return;
        }

        await Pipeline.Change(draft => draft.Machines.RemoveAll(m => m.Serial == serial));
    }

    public async Task<int> MoveMachines()
    {
        if (S.Profile is null)
        {
            return 0;
        }

        foreach (var machine in S.Machines)
        {
            await GrainFactory.Get<IMachineGrain>(machine.Serial).Adopt(this.GetPrimaryKeyString(), S.Profile!.Region, machine);
        }

        return S.Machines.Count;
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
