using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;

namespace AfterSales.Seeder;

/// <summary>
/// The demo machines' operating hours (R-MCH-2): each machine works its own hours a day (a mixer about six, a batching
/// plant about eight, a recycling plant about five), more in the building season, from its commissioning; read about once
/// a week over the demo year. The same curve gives the hours an engineer reads on arrival (R-MCH-3), so every reading of a
/// machine lies on one line that never goes back and never runs faster than time.
/// </summary>
public sealed class DemoHours
{
    private readonly Dictionary<string, (DateTimeOffset Start, double PerDay)> _use = [];

    public DemoHours(DemoWorld world, int seed)
    {
        var random = new Random(seed);
        foreach (var machine in world.Customers.SelectMany(c => c.Machines))
        {
            var typical = machine.ProductLine switch
            {
                ProductLine.TruckMixer => 6.0,
                ProductLine.BatchingPlant => 8.0,
                _ => 5.0,
            };
            var start = new DateTimeOffset((machine.CommissionedOn ?? DateOnly.FromDateTime(DateTime.UtcNow)).ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(8));
            _use[machine.Serial] = (start, Math.Round(typical * (0.6 + random.NextDouble() * 0.8), 2));
        }
    }

    /// <summary>
    /// The machine's hours at <paramref name="at"/>: none before its commissioning, then its use per day, a quarter more at
    /// the height of the building season and a quarter less in winter (the integral of that rate, so it only grows).
    /// </summary>
    public double At(string serial, DateTimeOffset at)
    {
        var (start, perDay) = _use[serial];
        if (at <= start)
        {
            return 0;
        }

        const double year = 365.25;
        double Phase(DateTimeOffset t) => 2 * Math.PI * ((t - Epoch).TotalDays - 60) / year;
        var days = (at - start).TotalDays;
        var seasonal = 0.25 * year / (2 * Math.PI) * (Math.Cos(Phase(start)) - Math.Cos(Phase(at)));
        return perDay * (days + seasonal);
    }

    private static readonly DateTimeOffset Epoch = new(2000, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The weekly readings of the machine over the demo year, from its commissioning, oldest first.</summary>
    public IEnumerable<(DateTimeOffset At, double Hours)> Weekly(Machine machine, DemoYear year)
    {
        var (start, _) = _use[machine.Serial];
        var first = new DateTimeOffset(year.FirstDay.ToDateTime(new TimeOnly(17, 0)), TimeSpan.FromHours(8));
        for (var at = first > start ? first : start.AddDays(7); at <= year.Now.AddHours(-1); at = at.AddDays(7))
        {
            yield return (at, At(machine.Serial, at));
        }
    }
}
