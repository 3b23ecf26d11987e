using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Seeder;

/// <summary>Who goes to the site, for which product line, and whether the engineer lives in the customer's city (R-TKT-5).</summary>
public sealed record SiteVisit(string EngineerId, ProductLine ProductLine, bool SameCity);
