namespace AfterSales.Grains.Reporting;

/// <summary>What a response-time report reads of one ticket: when it was received, its times and its breaches.</summary>
public readonly record struct ResponseFacts(
    DateTimeOffset ReceivedAt, double? FirstResponseHours, double? TimeToSiteHours, double? ResolutionHours, int Breaches);
