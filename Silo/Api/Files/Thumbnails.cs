using SkiaSharp;

namespace AfterSales.Silo.Api.Files;

/// <summary>
/// A small JPEG of an image for lists and the engineer's phone: at most 320 px on its longer side. JPEG has no
/// transparency, so a transparent image (the drawn signature's PNG) is laid on white first, not left to turn black.
/// </summary>
public static class Thumbnails
{
    public const int MaxSide = 320;

    /// <summary>The thumbnail of <paramref name="image"/>, or null when it cannot be decoded.</summary>
    public static byte[]? Of(Stream image)
    {
        using var codec = SKCodec.Create(image);
        if (codec is null)
        {
            return null;
        }

        using var full = SKBitmap.Decode(codec);
        if (full is null)
        {
            return null;
        }

        var scale = Math.Min(1.0, (double)MaxSide / Math.Max(full.Width, full.Height));
        var info = new SKImageInfo(Math.Max(1, (int)(full.Width * scale)), Math.Max(1, (int)(full.Height * scale)));
        using var small = full.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var white = new SKBitmap(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(white))
        {
            canvas.Clear(SKColors.White);
            canvas.DrawBitmap(small ?? full, new SKRect(0, 0, info.Width, info.Height));
        }

        using var encoded = white.Encode(SKEncodedImageFormat.Jpeg, 80);
        return encoded.ToArray();
    }
}
