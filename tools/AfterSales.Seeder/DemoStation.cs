using AfterSales.GrainInterfaces.Stations;

namespace AfterSales.Seeder;

/// <summary>A demo service station and its agent agreement over one province (R-STN-1/2).</summary>
public sealed record DemoStation(string Id, StationAgreement Agreement);
