using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Sites;

/// <summary>A party's stamp (the company chop) on a plant's commissioning report (R-INS-4).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.PartyStamp")]
public sealed record PartyStamp([property: Id(0)] SigningParty Party);
