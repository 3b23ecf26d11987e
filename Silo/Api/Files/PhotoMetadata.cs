using System.Globalization;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;

namespace AfterSales.Silo.Api.Files;

/// <summary>When and where a photo was taken, from its own EXIF (MetadataExtractor), shown beside the upload time.</summary>
public static class PhotoMetadata
{
    /// <summary>
    /// The EXIF time (taken in the configured zone where the camera wrote no offset, as cameras on the sites do) and the GPS
    /// position of the image at <paramref name="path"/>; nothing for a file that has none or cannot be read.
    /// </summary>
    public static (DateTimeOffset? TakenAt, GeoPoint? Location) Read(string path, LocalTimes zone)
    {
        IReadOnlyList<MetadataExtractor.Directory> directories;
        try
        {
            directories = ImageMetadataReader.ReadMetadata(path);
        }
        catch (Exception e) when (e is ImageProcessingException or IOException or ArgumentException or InvalidOperationException)
        {
            return (null, null);
        }

        DateTimeOffset? takenAt = null;
        var exif = directories.OfType<ExifSubIfdDirectory>().FirstOrDefault();
        if (exif?.GetDescription(ExifDirectoryBase.TagDateTimeOriginal) is { } text
            && DateTime.TryParseExact(text, "yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var taken))
        {
            // A camera that names no zone kept the local time of the configured zone.
            takenAt = exif.GetDescription(ExifDirectoryBase.TagTimeZoneOriginal) is { } o && TimeSpan.TryParse(o.TrimStart('+'), CultureInfo.InvariantCulture, out var parsed)
                ? new DateTimeOffset(taken, o.StartsWith('-') ? -parsed : parsed)
                : zone.Moment(taken);
        }

        GeoPoint? location = null;
        if (directories.OfType<GpsDirectory>().FirstOrDefault()?.GetGeoLocation() is { IsZero: false } geo)
        {
            location = new GeoPoint(Math.Round(geo.Latitude, 6), Math.Round(geo.Longitude, 6));
        }

        return (takenAt, location);
    }
}
