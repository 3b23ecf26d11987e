using AfterSales.GrainInterfaces.CodeOfConduct;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Grains.CodeOfConduct;

/// <summary>
/// The configurable numbers of the code of conduct (configuration section "CodeOfConduct"),
/// with the defaults DOMAIN.md gives.
/// </summary>
public sealed class CodeOfConductSettings
{
    public const string Section = "CodeOfConduct";

    /// <summary>R-ENG-1: years of experience with engineering machinery.</summary>
    public int MinYearsOfExperience { get; set; } = 3;

    /// <summary>R-TKT-3: first response target.</summary>
    public double FirstResponseTargetHours { get; set; } = 2;

    /// <summary>R-TKT-5: time-to-site target in the engineer's city.</summary>
    public double TimeToSiteTargetHours { get; set; } = 24;

    /// <summary>R-TKT-5: time-to-site target outside the engineer's city.</summary>
    public double TimeToSiteOutsideCityTargetHours { get; set; } = 48;

    /// <summary>R-WTY-1: warranty period from the commissioning date.</summary>
    public int WarrantyMonths { get; set; } = 12;

    /// <summary>
    /// R-WTY-4: the operating hours after which a product line's warranty ends, whichever comes first with the months
    /// (<c>CodeOfConduct:WarrantyHours:TruckMixer</c>); a line not configured has no hour limit.
    /// </summary>
    public Dictionary<ProductLine, double> WarrantyHours { get; set; } = [];

    public double? WarrantyHoursFor(ProductLine line) => WarrantyHours.TryGetValue(line, out var hours) && hours > 0 ? hours : null;

    /// <summary>R-WTY-3: days within which a replaced part is back at the warehouse.</summary>
    public int OldPartReturnDays { get; set; } = 30;

    /// <summary>R-SAT-2: the share of satisfied responses (4 or 5 of 5) to reach.</summary>
    public double SatisfactionTarget { get; set; } = 0.95;

    /// <summary>The numbers of the defaults above: what version 1 of the code of conduct starts with.</summary>
    public RuleNumbers Numbers() => new(
        MinYearsOfExperience, FirstResponseTargetHours, TimeToSiteTargetHours, TimeToSiteOutsideCityTargetHours,
        WarrantyMonths, OldPartReturnDays, SatisfactionTarget);

    /// <summary>R-ENG-2: the tool kit per product line until a service manager sets one, when none is configured.</summary>
    public static readonly IReadOnlyDictionary<ProductLine, IReadOnlyList<string>> DefaultToolKits =
        new Dictionary<ProductLine, IReadOnlyList<string>>
        {
            [ProductLine.TruckMixer] = ["hydraulic pressure gauge", "multimeter", "torque wrench set"],
            [ProductLine.BatchingPlant] = ["multimeter", "load cell calibrator", "laptop with PLC software"],
            [ProductLine.RecyclingPlant] = ["multimeter", "torque wrench set", "laptop with PLC software"],
        };

    /// <summary>
    /// R-ENG-2: configured tool kits; a product line configured here replaces its default kit as a whole
    /// (configuration binding would otherwise append to the default list).
    /// </summary>
    public Dictionary<ProductLine, List<string>> ToolKits { get; set; } = [];

    public IReadOnlyList<string> ToolKitFor(ProductLine line) =>
        ToolKits.TryGetValue(line, out var configured) && configured.Count > 0
            ? configured
            : DefaultToolKits.TryGetValue(line, out var tools) ? tools : [];
}
