using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Stations;
using Bogus;

namespace AfterSales.Seeder;

/// <summary>Fake master data with Bogus (locale zh_CN for people's names and phone numbers), reproducible from the seed.</summary>
public sealed class DemoWorldFaker(Faker f)
{
    private static readonly string[] TradeNames =
        ["建业", "华新", "宏达", "金石", "中联", "鑫源", "恒基", "正泰", "德信", "安居", "远大", "天成", "永固", "润丰", "盛世", "东方"];

    private static readonly string[] Businesses = ["混凝土", "商砼", "建材", "建设工程", "新型建材", "路桥"];

    private static readonly Dictionary<ProductLine, (string Prefix, string[] Models)> Models = new()
    {
        [ProductLine.TruckMixer] = ("TM", ["HTM1004", "HTM1204", "HTM1605"]),
        [ProductLine.BatchingPlant] = ("BP", ["HZS120", "HZS180", "HZS240"]),
        [ProductLine.RecyclingPlant] = ("RP", ["RS-60", "RS-100"]),
    };

    private static readonly ProductLine[] Lines = [ProductLine.TruckMixer, ProductLine.BatchingPlant, ProductLine.RecyclingPlant];

    private int _serial;

    public DemoWorld Create(DemoSize size, IReadOnlyDictionary<ProductLine, IReadOnlyList<string>> kits, DateOnly today)
    {
        var stations = DemoGeography.Provinces.Take(size.Stations).Select((p, i) => new DemoStation(
            $"ST-{i + 1:00}",
            new StationAgreement($"{p.Chinese}{f.PickRandom(TradeNames)}工程机械服务站", [p.Region], Lines, today.AddYears(-2), today.AddYears(2))))
            .ToList();
        var customers = Enumerable.Range(1, size.Customers).Select(n => Customer(n, today)).ToList();
        var cities = customers.Select(c => c.Profile.City!).Distinct().ToList();
        var engineers = Enumerable.Range(1, size.Engineers).Select(n => Engineer(n, size.Engineers, cities, kits)).ToList();
        return new DemoWorld(stations, engineers, customers, kits);
    }

    private DemoCustomer Customer(int n, DateOnly today)
    {
        // The first provinces (those with a station) hold more customers: that is where the dealers are.
        var province = f.Random.Weighted(
            [.. DemoGeography.Provinces], [.. DemoGeography.Provinces.Select((_, i) => i < 6 ? 2f : 1f)]);
        var city = f.PickRandom<DemoCity>(province.Cities);
        var profile = new CustomerProfile(
            $"{city.Chinese}{f.PickRandom(TradeNames)}{f.PickRandom(Businesses)}有限公司", province.Region,
            f.Phone.PhoneNumber(), $"service{n:0000}@{f.Internet.DomainWord()}.cn", city.Name);
        var machines = Enumerable.Range(0, f.Random.Weighted([1, 2, 3, 4, 6], [0.35f, 0.3f, 0.2f, 0.1f, 0.05f]))
            .Select(_ => Machine(today)).ToList();
        return new DemoCustomer(DemoWorld.CustomerId(n), profile, machines, machines.Count * f.Random.Float(0.5f, 1.5f));
    }

    private Machine Machine(DateOnly today)
    {
        var line = f.Random.Weighted(Lines, [0.65f, 0.25f, 0.1f]);
        var (prefix, models) = Models[line];

        // About a third commissioned in the last 14 months, so a share of the year's tickets is under warranty (R-WTY-1).
        var commissioned = today.AddDays(-(f.Random.Bool(0.35f) ? f.Random.Int(40, 420) : f.Random.Int(421, 1800)));
        return new Machine($"{prefix}-{commissioned.Year}-{++_serial:00000}", line, f.PickRandom(models), commissioned);
    }

    private DemoEngineer Engineer(int n, int count, IReadOnlyList<string> cities, IReadOnlyDictionary<ProductLine, IReadOnlyList<string>> kits)
    {
        // Every product line has qualified engineers; about one in ten is not qualified (R-ENG-1) and gets no ticket.
        var qualified = n % 10 != 0 || count < 10;
        List<ProductLine> lines = n <= 3
            ? [Lines[n - 1]]
            : [.. Lines.Where((_, i) => f.Random.Bool(i switch { 0 => 0.8f, 1 => 0.45f, _ => 0.25f }))];
        if (lines.Count == 0)
        {
            lines.Add(ProductLine.TruckMixer);
        }

        var years = qualified ? f.Random.Int(3, 22) : f.Random.Int(1, 2);
        var profile = new EngineerProfile(
            $"{f.Name.LastName()}{f.Name.FirstName()}", years, qualified || f.Random.Bool(), lines,
            [.. lines.SelectMany(l => kits[l]).Distinct()], f.PickRandom<string>(cities));
        return new DemoEngineer($"E-demo-{n:000}", profile, qualified);
    }
}
