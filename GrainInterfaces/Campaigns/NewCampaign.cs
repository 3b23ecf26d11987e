using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.GrainInterfaces.Machines;

namespace AfterSales.GrainInterfaces.Campaigns;

/// <summary>
/// A service campaign (R-CMP-1) over a list of serials, or a product line with models and a commissioning-date range.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.NewCampaign")]
public sealed record NewCampaign(
    [property: Id(0), Identifier] string Id,
    [property: Id(1), ShortText] string Title,
    [property: Id(2), LongText] string Reason,
    [property: Id(3)] CampaignKind Kind,
    [property: Id(4), Items] IReadOnlyList<string>? Serials,
    [property: Id(5)] ProductLine? ProductLine,
    [property: Id(6), Items] IReadOnlyList<string>? Models,
    [property: Id(7), ApiDate] DateOnly? CommissionedFrom,
    [property: Id(8), ApiDate] DateOnly? CommissionedTo,
    [property: Id(9), Items] IReadOnlyList<string> Parts,
    [property: Id(10), ApiDate] DateOnly DueBy);

/// <summary>A campaign as answered: its definition and its progress, in all or in the caller's stations' part.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.CampaignView")]
public sealed record CampaignView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string Reason,
    [property: Id(3)] CampaignKind Kind,
    [property: Id(4)] IReadOnlyList<string>? Serials,
    [property: Id(5)] ProductLine? ProductLine,
    [property: Id(6)] IReadOnlyList<string>? Models,
    [property: Id(7)] DateOnly? CommissionedFrom,
    [property: Id(8)] DateOnly? CommissionedTo,
    [property: Id(9)] IReadOnlyList<string> Parts,
    [property: Id(10)] DateOnly DueBy,
    [property: Id(11)] string CreatedBy,
    [property: Id(12)] DateTimeOffset CreatedAt,
    [property: Id(13)] int Machines = 0,
    [property: Id(14)] int Done = 0,
    [property: Id(15)] int Open = 0,
    [property: Id(16)] int Overdue = 0,
    [property: Id(17)] IReadOnlyList<CampaignStationProgress>? ByStation = null);

/// <summary>A station's part of a campaign (R-CMP-1): machines done, open and overdue.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.CampaignStationProgress")]
public sealed record CampaignStationProgress(
    [property: Id(0)] string? StationId,
    [property: Id(1)] int Done,
    [property: Id(2)] int Open,
    [property: Id(3)] int Overdue);

/// <summary>A machine of a campaign and its ticket.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.CampaignMachine")]
public sealed record CampaignMachine(
    [property: Id(0)] string Serial,
    [property: Id(1)] string TicketId,
    [property: Id(2)] AfterSales.GrainInterfaces.Tickets.TicketStatus Status,
    [property: Id(3)] string? StationId);
