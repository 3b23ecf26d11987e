using AfterSales.GrainInterfaces.Maintenance;

namespace AfterSales.Grains.Maintenance;

/// <summary>A product line's maintenance plan (R-PM-1): its tasks, the models' overrides, and its version.</summary>
[GenerateSerializer, Alias("AfterSales.MaintenancePlanState")]
public sealed class MaintenancePlanState
{
    [Id(0)] public List<MaintenanceTask> Tasks { get; set; } = [];

    [Id(1)] public Dictionary<string, List<MaintenanceTask>> Models { get; set; } = [];

    /// <summary>0 while no plan was put; each put adds one (the machines compare it with the version they planned by).</summary>
    [Id(2)] public long Version { get; set; }

    [Id(3)] public string? SetBy { get; set; }

    [Id(4)] public DateTimeOffset? SetAt { get; set; }
}
