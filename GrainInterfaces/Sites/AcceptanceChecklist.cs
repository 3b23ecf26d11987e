using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Sites;

/// <summary>The acceptance checklist of a plant as checked on site (R-INS-3).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.AcceptanceChecklist")]
public sealed record AcceptanceChecklist([property: Id(0), Items] IReadOnlyList<AcceptanceItem> Items);
