using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Reporting;
using Microsoft.AspNetCore.Mvc;

namespace AfterSales.Silo.Api.Requests;

/// <summary>The query of the response-time report and its exports: range, bucket, filters, named as docs/api.md "Reports" writes them.</summary>
public sealed record ResponseTimesQuery(
    [FromQuery(Name = "from")] DateOnly? From,
    [FromQuery(Name = "to")] DateOnly? To,
    [FromQuery(Name = "bucket")] QueryChoice<Bucket>? Bucket,
    [FromQuery(Name = "region")] string? Region,
    [FromQuery(Name = "stationId")] string? StationId,
    [FromQuery(Name = "engineerId")] string? EngineerId,
    [FromQuery(Name = "productLine")] QueryChoice<ProductLine>? ProductLine);
