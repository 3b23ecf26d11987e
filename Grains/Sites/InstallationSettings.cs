using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Grains.Sites;

/// <summary>
/// The configurable parts of installation and acceptance (configuration section "Installation"): the GB acceptance
/// checklist of each plant product line (R-INS-3). A product line configured here replaces its default list as a
/// whole (configuration binding would otherwise append to the default list).
/// </summary>
public sealed class InstallationSettings
{
    public const string Section = "Installation";

    /// <summary>R-INS-3: the default acceptance items, after GB/T 10171 (batching plants) and GB 50231/50254/50278 (installation).</summary>
    public static readonly IReadOnlyDictionary<ProductLine, IReadOnlyList<string>> DefaultChecklists =
        new Dictionary<ProductLine, IReadOnlyList<string>>
        {
            [ProductLine.BatchingPlant] =
            [
                "foundation and steel structure per drawings (GB 50231)",
                "weighing system calibrated within tolerance (GB/T 10171)",
                "mixer no-load and load test run (GB/T 10171)",
                "electrical installation and grounding tested (GB 50254)",
                "pneumatic, water and admixture lines leak-free",
                "safety guards, emergency stops and lightning protection",
                "dust collection and environmental protection working",
            ],
            [ProductLine.RecyclingPlant] =
            [
                "foundation and steel structure per drawings (GB 50231)",
                "sand-stone separator and screens test run",
                "slurry water recycling system leak-free",
                "electrical installation and grounding tested (GB 50254)",
                "safety guards and emergency stops",
            ],
        };

    /// <summary>R-INS-3: acceptance items per product line, replacing the default list of that line.</summary>
    public Dictionary<ProductLine, List<string>> AcceptanceChecklists { get; set; } = [];

    public IReadOnlyList<string> ChecklistFor(ProductLine line) =>
        AcceptanceChecklists.TryGetValue(line, out var configured) && configured.Count > 0
            ? configured
            : DefaultChecklists.TryGetValue(line, out var items) ? items : [];
}
