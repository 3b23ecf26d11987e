namespace AfterSales.Seeder;

/// <summary><c>dotnet run --project tools/AfterSales.Seeder [-- options]</c>: seed-demo, see <see cref="SeedDemoCommand"/>.</summary>
public static class SeederProgram
{
    public static Task<int> Main(string[] args) => SeedDemoCommand.Run(args);
}
