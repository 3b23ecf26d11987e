namespace AfterSales.Persistence.Storage.Files;

/// <summary>The file types evidence may be, told by their first bytes (their signature), never by their name.</summary>
public static class FileTypes
{
    public const int SignatureBytes = 12;

    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string WebP = "image/webp";
    public const string Pdf = "application/pdf";

    /// <summary>Every type evidence may be: what an attachment's bytes are answered as.</summary>
    public static readonly string[] All = [Jpeg, Png, WebP, Pdf];

    /// <summary>The content type of a JPEG, PNG, WebP or PDF file that starts with <paramref name="head"/>; else null.</summary>
    public static string? Of(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        return head.StartsWith("%PDF-"u8) ? Pdf : null;
    }

    public static bool IsImage(string contentType) => contentType.StartsWith("image/", StringComparison.Ordinal);
}
