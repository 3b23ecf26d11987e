using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Sites;

/// <summary>One machine installed at a site: its problems (R-INS-2), acceptance (R-INS-3) and commissioning (R-INS-1/4).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.Installation")]
public sealed record Installation(
    [property: Id(0)] string MachineSerial,
    [property: Id(1)] ProductLine ProductLine,
    [property: Id(2)] string Model,
    [property: Id(3)] string InstalledBy,
    [property: Id(4)] DateTimeOffset InstalledAt,
    [property: Id(5)] IReadOnlyList<InstallationProblem> Problems,
    [property: Id(6)] AcceptanceRecord? Acceptance = null,
    [property: Id(7)] CommissioningRecord? Commissioning = null,
    [property: Id(8)] IReadOnlyList<AfterSales.GrainInterfaces.Tickets.Attachment>? Attachments = null)
{
    public InstallationStatus Status =>
        Commissioning is not null ? InstallationStatus.Commissioned
        : Acceptance is not null ? InstallationStatus.Accepted
        : InstallationStatus.Installing;
}
