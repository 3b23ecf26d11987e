using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Sites;

[GenerateSerializer, Immutable, Alias("AfterSales.PartySignature")]
public sealed record PartySignature(
    [property: Id(0)] SigningParty Party,
    [property: Id(1), ShortText] string Name);
