using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>What the engineer finds and does on site (R-TKT-6).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.SiteFindings")]
public sealed record SiteFindings(
    [property: Id(0)] bool WorkingClothes,
    [property: Id(1)] bool SafetyPrecautions,
    [property: Id(2), LongText] string RootCause,
    [property: Id(3)] Responsibility Responsibility,
    [property: Id(4), Items] IReadOnlyList<string> Photos,
    [property: Id(5)] bool InspectionDone,
    [property: Id(6), Items] IReadOnlyList<string> HiddenFaultsFixed,
    [property: Id(7), Items] IReadOnlyList<string> QualityNotes);
