using AfterSales.GrainInterfaces.Machines;

namespace AfterSales.Grains.Machines;

/// <summary>What a machine tells the machine list: its line, and when the maintenance watch is to wake it (R-PM-2, R-PM-3).</summary>
public sealed record MachineProjection(MachineSummary Summary, DateTimeOffset? WakeAt);
