using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Sites;

/// <summary>A machine of the site's customer to be installed (or, for a truck mixer, delivered) at the site.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.NewInstallation")]
public sealed record NewInstallation(
    [property: Id(0), Identifier] string MachineSerial,
    [property: Id(1)] ProductLine ProductLine);
