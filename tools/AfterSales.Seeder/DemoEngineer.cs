using AfterSales.GrainInterfaces.Engineers;

namespace AfterSales.Seeder;

/// <summary>A demo engineer; <see cref="Qualified"/> says whether R-ENG-1 lets the tickets be assigned to them.</summary>
public sealed record DemoEngineer(string Id, EngineerProfile Profile, bool Qualified);
