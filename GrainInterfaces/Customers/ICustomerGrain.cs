using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Customers;

/// <summary>A customer: profile and machines (its tickets are in the ticket read model). Key: the customer id.</summary>
[Alias("AfterSales.ICustomerGrain")]
public interface ICustomerGrain : IGrainWithStringKey
{
    [Alias("Register")]
    Task<CustomerView> Register(Command<CustomerProfile> command);

    [Alias("Get"), Orleans.Concurrency.ReadOnly]
    Task<CustomerView> Get();

    [Alias("Exists"), Orleans.Concurrency.ReadOnly]
    Task<bool> Exists();

    /// <summary>R-MCH-1: registers the machine grain of that serial to this customer, and lists it.</summary>
    [Alias("AddMachine")]
    Task<CustomerView> AddMachine(Command<Machine> command);

    /// <summary>The customer's machine list holds the machine as it is now (the machine grain tells it, R-MCH-1). Idempotent.</summary>
    [Alias("List")]
    Task List(Machine machine);

    /// <summary>The machine belongs to another customer now: it leaves this customer's list (its history stays with it). Idempotent.</summary>
    [Alias("Unlist")]
    Task Unlist(string serial);

    /// <summary>Once: each machine of the customer's list written before machines were grains becomes one (<c>IMachineGrain.Adopt</c>).</summary>
    [Alias("MoveMachines")]
    Task<int> MoveMachines();

    /// <summary>Writes the customer again, so that the read models receive it (the customer list of a service that had none).</summary>
    [Alias("Project")]
    Task Project();
}
