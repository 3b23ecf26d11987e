using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Sites;

/// <summary>The commissioning report as signed (and, for a plant, stamped and scanned) (R-INS-1, R-INS-4).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.CommissioningReport")]
public sealed record CommissioningReport(
    [property: Id(0), Items] IReadOnlyList<PartySignature> Signatures,
    [property: Id(1), Items] IReadOnlyList<PartyStamp> Stamps,
    [property: Id(2), ShortText] string? ScanRef = null);
