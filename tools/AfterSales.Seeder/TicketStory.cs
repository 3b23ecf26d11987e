namespace AfterSales.Seeder;

/// <summary>A ticket's life as it will be told to the grains: its commands in order, each at its own time.</summary>
public sealed record TicketStory(string TicketId, IReadOnlyList<TicketStep> Steps);
