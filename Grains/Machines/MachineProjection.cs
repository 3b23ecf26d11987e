using AfterSales.GrainInterfaces.Machines;

namespace AfterSales.Grains.Machines;

/// <summary>
/// What a machine tells the machine list: its line, when the maintenance watch is to wake it (R-PM-2, R-PM-3), and the
/// version of its line's plan it planned with (a machine behind its line's plan is woken at once to plan again).
/// </summary>
public sealed record MachineProjection(MachineSummary Summary, DateTimeOffset? WakeAt, long PlanVersion = 0);
