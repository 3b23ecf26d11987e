namespace AfterSales.Seeder;

/// <summary>The phases the progress bar shows.</summary>
public enum SeedPhase
{
    MasterData,
    Accounts,
    Tickets,
    Satisfaction,
    Writing,
}
