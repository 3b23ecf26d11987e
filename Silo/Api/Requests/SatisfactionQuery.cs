using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Reporting;
using Microsoft.AspNetCore.Mvc;

namespace AfterSales.Silo.Api.Requests;

/// <summary>
/// The query of the satisfaction report and its exports: range, filters, bucket (month only), grouping, named as
/// docs/api.md "Reports" writes them.
/// </summary>
public sealed record SatisfactionQuery(
    [FromQuery(Name = "from")] DateOnly? From,
    [FromQuery(Name = "to")] DateOnly? To,
    [FromQuery(Name = "region")] string? Region,
    [FromQuery(Name = "stationId")] string? StationId,
    [FromQuery(Name = "engineerId")] string? EngineerId,
    [FromQuery(Name = "productLine")] QueryChoice<ProductLine>? ProductLine,
    [FromQuery(Name = "bucket")] QueryChoice<Bucket>? Bucket,
    [FromQuery(Name = "groupBy")] QueryChoice<SatisfactionGrouping>? GroupBy);
