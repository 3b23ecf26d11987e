using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Seeder;

/// <summary>One command of a ticket's story, and when it happened.</summary>
public sealed record TicketStep(DateTimeOffset At, string Name, Func<ITicketGrain, Task<TicketView>> Run);
