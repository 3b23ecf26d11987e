namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>Where a photo was taken, from its EXIF GPS tags (WGS 84 degrees).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.GeoPoint")]
public sealed record GeoPoint(
    [property: Id(0)] double Latitude,
    [property: Id(1)] double Longitude);
