namespace AfterSales.Seeder;

/// <summary>Where a ticket's story stands while it is planned: late service lowers the customer's ratings.</summary>
public sealed record StoryContext(
    StoryBuilder Story, string CustomerId, SiteVisit Visit, DateTimeOffset ReceivedAt, bool LateService, bool SolvedByPhone = false, bool Reopened = false,
    string Serial = "");
