using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Stations;

/// <summary>An authorized service station (dealer) and its agent agreement (R-STN-1/2). Key: the station id.</summary>
[Alias("AfterSales.IServiceStationGrain")]
public interface IServiceStationGrain : IGrainWithStringKey
{
    [Alias("Register")]
    Task<StationView> Register(Command<StationAgreement> command);

    [Alias("Get")]
    Task<StationView> Get();

    /// <summary>Writes the station again, so that the read models receive it (the station list of a service that had none).</summary>
    [Alias("Project")]
    Task Project();
}
