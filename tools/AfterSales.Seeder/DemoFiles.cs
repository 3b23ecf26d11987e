using System.Security.Cryptography;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Persistence.Storage.Files;
using SkiaSharp;

namespace AfterSales.Seeder;

/// <summary>
/// The demo year's evidence files: a few photos of a trouble spot and a scan of a signed report, drawn once, kept once
/// in the file store (content-addressed) and attached to every ticket that needs them, as real files.
/// </summary>
public static class DemoFiles
{
    private static readonly (string Name, string Type, byte[] Bytes)[] Files =
    [
        ("drum-seal.jpg", "image/jpeg", Image(SKColors.SteelBlue, SKEncodedImageFormat.Jpeg)),
        ("pump-housing.jpg", "image/jpeg", Image(SKColors.DarkOrange, SKEncodedImageFormat.Jpeg)),
        ("service-report-scan.pdf", "application/pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% 售后服务报告 service report, signed\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray()),
    ];

    private static readonly string[] Hashes = [.. Files.Select(f => Convert.ToHexStringLower(SHA256.HashData(f.Bytes)))];

    /// <summary>Keeps the demo files in the store the service reads them from, named for good (the seed's tickets name them).</summary>
    public static async Task Store(IFileStore store, FileLedger ledger, CancellationToken cancel)
    {
        for (var i = 0; i < Files.Length; i++)
        {
            var path = Path.GetTempFileName();
            try
            {
                await File.WriteAllBytesAsync(path, Files[i].Bytes, cancel);
                await store.Put(Hashes[i], path, cancel);
            }
            finally
            {
                File.Delete(path);
            }
        }

        await ledger.Kept(Hashes);
    }

    /// <summary>The photo <paramref name="n"/> (0 or 1) as a ticket's new attachment.</summary>
    public static NewAttachment Photo(int n) => Of(n % 2, AttachmentKind.Photo);

    public static NewAttachment Scan() => Of(2, AttachmentKind.Scan);

    private static NewAttachment Of(int i, AttachmentKind kind) => new(kind, Files[i].Name, Files[i].Type, Files[i].Bytes.Length, Hashes[i]);

    private static byte[] Image(SKColor color, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(320, 240);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(color);
            using var paint = new SKPaint { Color = SKColors.White, StrokeWidth = 6, Style = SKPaintStyle.Stroke, IsAntialias = true };
            canvas.DrawCircle(160, 120, 70, paint);
        }

        using var data = bitmap.Encode(format, 85);
        return data.ToArray();
    }
}
