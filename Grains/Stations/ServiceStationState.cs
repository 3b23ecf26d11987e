using AfterSales.GrainInterfaces.Stations;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Stations;

[GenerateSerializer, Alias("AfterSales.ServiceStationState")]
public sealed class ServiceStationState
{
    [Id(0)] public StationAgreement? Agreement { get; set; }

    /// <summary>
    /// False between the first write of the agreement and the recording of all its coverage claims: a registration
    /// that a crash interrupted there is finished (or undone) at the station's next activation.
    /// </summary>
    [Id(1)] public bool Claimed { get; set; }

    [Id(2)] public string RegisteredBy { get; set; } = "";

    [Id(3)] public DateTimeOffset RegisteredAt { get; set; }

    [Id(4)] public long OutboxVersion { get; set; }
}
