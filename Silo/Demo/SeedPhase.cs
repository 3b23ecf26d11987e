namespace AfterSales.Silo.Demo;

/// <summary>The phases the progress bar shows.</summary>
public enum SeedPhase
{
    MasterData,
    Tickets,
    Satisfaction,
    Writing,
}
