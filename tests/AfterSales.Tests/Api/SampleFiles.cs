using System.Text;
using SkiaSharp;

namespace AfterSales.Tests.Api;

/// <summary>Real files for the evidence tests: a JPEG photo with its EXIF time and GPS position, a PNG, a PDF scan.</summary>
public static class SampleFiles
{
    public static readonly DateTime TakenAt = new(2026, 3, 14, 9, 26, 53);

    public const double Latitude = 36.651216, Longitude = 117.120095;

    /// <summary>A JPEG drawn by SkiaSharp with an EXIF segment (DateTimeOriginal, GPS) after its start marker.</summary>
    public static byte[] Photo(SKColor? color = null)
    {
        var jpeg = Encode(SKEncodedImageFormat.Jpeg, color ?? SKColors.SteelBlue);
        var tiff = Exif(TakenAt, Latitude, Longitude);
        var app1 = new List<byte> { 0xFF, 0xE1 };
        var length = 2 + 6 + tiff.Length;
        app1.Add((byte)(length >> 8));
        app1.Add((byte)length);
        app1.AddRange("Exif\0\0"u8.ToArray());
        app1.AddRange(tiff);
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    public static byte[] Png() => Encode(SKEncodedImageFormat.Png, SKColors.OrangeRed);

    public static byte[] Pdf(string text = "service report scan") =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% {text}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A Windows program (its "MZ" header), whatever name it is given.</summary>
    public static byte[] Program() => [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];

    private static byte[] Encode(SKEncodedImageFormat format, SKColor color)
    {
        using var bitmap = new SKBitmap(64, 48);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(color);
            canvas.DrawCircle(32, 24, 12, new SKPaint { Color = SKColors.White });
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    // A little-endian TIFF block: IFD0 pointing to the Exif IFD (DateTimeOriginal) and the GPS IFD (N/E, degrees, minutes, seconds).
    private static byte[] Exif(DateTime takenAt, double latitude, double longitude)
    {
        using var stream = new MemoryStream();
        using var w = new BinaryWriter(stream);
        void Entry(ushort tag, ushort type, uint count, uint value)
        {
            w.Write(tag);
            w.Write(type);
            w.Write(count);
            w.Write(value);
        }

        const ushort ascii = 2, longType = 4, rational = 5;
        w.Write("II"u8);
        w.Write((ushort)42);
        w.Write(8u);
        w.Write((ushort)2);                   // IFD0 at 8
        Entry(0x8769, longType, 1, 38);       // Exif IFD
        Entry(0x8825, longType, 1, 76);       // GPS IFD
        w.Write(0u);
        w.Write((ushort)1);                   // Exif IFD at 38
        Entry(0x9003, ascii, 20, 56);         // DateTimeOriginal
        w.Write(0u);
        w.Write(Encoding.ASCII.GetBytes(takenAt.ToString("yyyy:MM:dd HH:mm:ss") + "\0")); // at 56
        w.Write((ushort)4);                   // GPS IFD at 76
        Entry(0x0001, ascii, 2, 'N');
        Entry(0x0002, rational, 3, 130);
        Entry(0x0003, ascii, 2, 'E');
        Entry(0x0004, rational, 3, 154);
        w.Write(0u);
        Degrees(w, latitude);                 // at 130
        Degrees(w, longitude);                // at 154
        return stream.ToArray();
    }

    private static void Degrees(BinaryWriter w, double value)
    {
        var degrees = (uint)value;
        var minutes = (uint)((value - degrees) * 60);
        var seconds = (uint)Math.Round(((value - degrees) * 60 - minutes) * 60 * 10000);
        foreach (var (n, d) in new[] { (degrees, 1u), (minutes, 1u), (seconds, 10000u) })
        {
            w.Write(n);
            w.Write(d);
        }
    }
}
