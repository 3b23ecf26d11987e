using AfterSales.GrainInterfaces.Machines;

namespace AfterSales.Grains.Machines;

/// <summary>Maintenance plans (R-PM-1..3): due points by hours or months, whichever first; one ticket per due point.</summary>
public sealed partial class MachineGrain
{
    /// <summary>R-PM-3: the first visit falls this many days after commissioning.</summary>
    public const int FirstVisitDays = 30;

    public Task WakeUp() => Task.CompletedTask;

    public Task WorkDone(PlannedWorkDone done) => Task.CompletedTask;

    /// <summary>Plans the machine's next wake from its plan, hours and service (on the draft of the command under way).</summary>
    private Task Plan(DateTimeOffset now) => Task.CompletedTask;

    private IReadOnlyList<MaintenanceLine> MaintenanceLines(DateTimeOffset now) => [];

    private static bool MaintenanceDue(MachineState s, DateTimeOffset now) => false;
}
