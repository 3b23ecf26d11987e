namespace AfterSales.Seeder;

/// <summary>How much the demo seed loads, and the seed of its fake data (the same seed gives the same year).</summary>
public sealed record DemoSize(
    int Customers = 300,
    int Engineers = 40,
    int Stations = 6,
    int Tickets = 5000,
    int SurveysPerMonth = 40,
    int QualityVisitsPerMonth = 8,
    int Parallelism = 24,
    int Seed = 20261127)
{
    /// <summary>Reads <c>--customers N --engineers N --stations N --tickets N --parallel N --seed N</c>; the rest stays default.</summary>
    public static DemoSize Parse(IReadOnlyDictionary<string, string> options)
    {
        int Get(string name, int fallback) =>
            options.TryGetValue(name, out var text) && int.TryParse(text, out var value) && value > 0 ? value : fallback;
        var d = new DemoSize();
        return new DemoSize(
            Get("customers", d.Customers), Get("engineers", d.Engineers), Math.Min(Get("stations", d.Stations), DemoGeography.Provinces.Count),
            Get("tickets", d.Tickets), Get("surveys", d.SurveysPerMonth), Get("visits", d.QualityVisitsPerMonth),
            Get("parallel", d.Parallelism), Get("seed", d.Seed));
    }
}
