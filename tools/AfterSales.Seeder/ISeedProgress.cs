namespace AfterSales.Seeder;

/// <summary>Where the seeder reports how far it is (a console progress bar, or nothing in tests).</summary>
public interface ISeedProgress
{
    void Start(SeedPhase phase, int total);

    void Advance(SeedPhase phase, int done = 1);
}
