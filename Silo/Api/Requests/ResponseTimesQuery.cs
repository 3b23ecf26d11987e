using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Reporting;

namespace AfterSales.Silo.Api.Requests;

/// <summary>The query of the response-time report and its exports: range, bucket, filters.</summary>
public sealed record ResponseTimesQuery(
    DateOnly? From, DateOnly? To, QueryChoice<Bucket>? Bucket, string? Region, string? StationId, string? EngineerId, QueryChoice<ProductLine>? ProductLine);
