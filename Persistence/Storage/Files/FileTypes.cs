namespace AfterSales.Persistence.Storage.Files;

/// <summary>The file types evidence may be, told by their first bytes (their signature), never by their name.</summary>
public static class FileTypes
{
    public const int SignatureBytes = 12;

    /// <summary>The content type of a JPEG, PNG, WebP or PDF file that starts with <paramref name="head"/>; else null.</summary>
    public static string? Of(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        return head.StartsWith("%PDF-"u8) ? "application/pdf" : null;
    }

    public static bool IsImage(string contentType) => contentType.StartsWith("image/", StringComparison.Ordinal);
}
