using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Reporting;

namespace AfterSales.Silo.Api.Requests;

/// <summary>The query of the satisfaction report and its exports: range, filters, bucket (month only), grouping.</summary>
public sealed record SatisfactionQuery(
    DateOnly? From, DateOnly? To, string? Region, string? StationId, string? EngineerId, QueryChoice<ProductLine>? ProductLine,
    QueryChoice<Bucket>? Bucket, QueryChoice<SatisfactionGrouping>? GroupBy);
