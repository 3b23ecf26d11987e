using AfterSales.GrainInterfaces.Campaigns;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.GrainInterfaces.Machines;

namespace AfterSales.Silo.Api.Requests;

/// <summary>
/// The body of <c>POST /api/campaigns</c> (R-CMP-1): the reach (serials, or a line with models and a range) and the parts
/// are optional fields of the JSON, which the grain's contract has in its order.
/// </summary>
public sealed record NewCampaignBody(
    [property: Identifier] string Id,
    [property: ShortText] string Title,
    [property: LongText] string Reason,
    CampaignKind Kind,
    [property: ApiDate] DateOnly DueBy,
    [property: Items] IReadOnlyList<string>? Serials = null,
    ProductLine? ProductLine = null,
    [property: Items] IReadOnlyList<string>? Models = null,
    [property: ApiDate] DateOnly? CommissionedFrom = null,
    [property: ApiDate] DateOnly? CommissionedTo = null,
    [property: Items] IReadOnlyList<string>? Parts = null)
{
    public NewCampaign ToCampaign() => new(Id, Title, Reason, Kind, Serials, ProductLine, Models, CommissionedFrom, CommissionedTo, Parts ?? [], DueBy);
}
