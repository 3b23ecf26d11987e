namespace AfterSales.Seeder;

/// <summary>What the demo seed loaded, and how long it took.</summary>
public sealed record DemoSummary(
    int Stations,
    int Engineers,
    int QualifiedEngineers,
    int Customers,
    int Machines,
    int Tickets,
    int Closed,
    int Open,
    int Failed,
    int Surveys,
    int QualityVisits,
    IReadOnlyList<string> BadMonths,
    IReadOnlyList<string> Errors,
    TimeSpan MasterData,
    TimeSpan TicketTime,
    TimeSpan Elapsed,
    IReadOnlyList<string> TicketIds,
    int Accounts,
    string Password);
