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

    [Alias("AddMachine")]
    Task<CustomerView> AddMachine(Command<Machine> command);

    /// <summary>The machine, or null when the customer has no machine of that serial.</summary>
    [Alias("FindMachine"), Orleans.Concurrency.ReadOnly]
    Task<Machine?> FindMachine(string serial);

    /// <summary>
    /// The machine was commissioned on that date, which starts its warranty (R-INS-5). Idempotent; the first
    /// commissioning date is kept, so commissioning again (after a move) does not restart the warranty.
    /// </summary>
    [Alias("RecordCommissioning")]
    Task RecordCommissioning(string serial, DateOnly commissionedOn);

    /// <summary>Writes the customer again, so that the read models receive it (the customer list of a service that had none).</summary>
    [Alias("Project")]
    Task Project();
}
