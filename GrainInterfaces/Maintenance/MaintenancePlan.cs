using AfterSales.GrainInterfaces.Common.Limits;

namespace AfterSales.GrainInterfaces.Maintenance;

/// <summary>
/// A product line's maintenance plan (R-PM-1): its tasks, and for a model that overrides them, that model's tasks.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.MaintenancePlan")]
public sealed record MaintenancePlan(
    [property: Id(0), Items] IReadOnlyList<MaintenanceTask> Tasks,
    [property: Id(1)] IReadOnlyDictionary<string, IReadOnlyList<MaintenanceTask>>? Models = null)
{
    public static readonly MaintenancePlan None = new([]);

    /// <summary>The tasks of a model: its override, else the line's.</summary>
    public IReadOnlyList<MaintenanceTask> For(string model) =>
        Models is not null && Models.TryGetValue(model, out var tasks) ? tasks : Tasks;
}

/// <summary>
/// A task due every <see cref="EveryHours"/> operating hours or every <see cref="EveryMonths"/> months, whichever first
/// (R-PM-1); either may be left out (not both). Raised <see cref="LeadDays"/> days (0 when left out) (or <see cref="LeadHours"/> hours) before it is due (R-PM-2).
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.MaintenanceTask")]
public sealed record MaintenanceTask(
    [property: Id(0), Identifier] string Id,
    [property: Id(1), ShortText] string Name,
    [property: Id(2)] double? EveryHours = null,
    [property: Id(3)] int? EveryMonths = null,
    [property: Id(4)] int LeadDays = 0,
    [property: Id(5)] double? LeadHours = null);

/// <summary>The plan of a product line as answered: the plan and its version.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.MaintenancePlanView")]
public sealed record MaintenancePlanView(
    [property: Id(0)] string ProductLine,
    [property: Id(1)] IReadOnlyList<MaintenanceTask> Tasks,
    [property: Id(2)] IReadOnlyDictionary<string, IReadOnlyList<MaintenanceTask>> Models,
    [property: Id(3)] long Version);
