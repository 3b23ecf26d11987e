namespace AfterSales.Persistence.Storage.Files;

/// <summary>Whom a file was uploaded for: a ticket (<see cref="Ticket"/>) or an installation site (<see cref="Site"/>), by its id.</summary>
public sealed record FileOwner(string Kind, string Id)
{
    public const string Ticket = "ticket";

    public const string Site = "site";
}
