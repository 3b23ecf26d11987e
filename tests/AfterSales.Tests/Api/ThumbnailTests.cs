using AfterSales.Silo.Api.Files;
using SkiaSharp;

namespace AfterSales.Tests.Api;

/// <summary>A thumbnail is a JPEG, which has no transparency: what was transparent comes out white, not black.</summary>
public sealed class ThumbnailTests
{
    [Fact]
    public void A_drawn_signatures_thumbnail_keeps_its_white_background_and_its_dark_stroke()
    {
        // The signature pad's PNG: a dark stroke on a fully transparent canvas, larger than a thumbnail.
        using var signature = new SKBitmap(new SKImageInfo(600, 200, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(signature))
        {
            canvas.Clear(SKColors.Transparent);
            using var pen = new SKPaint { Color = new SKColor(0x11, 0x11, 0x11), StrokeWidth = 12, IsAntialias = true, Style = SKPaintStyle.Stroke };
            canvas.DrawLine(50, 100, 550, 100, pen);
        }

        using var png = signature.Encode(SKEncodedImageFormat.Png, 100);
        var thumbnail = Thumbnails.Of(new MemoryStream(png.ToArray()))!;

        using var small = SKBitmap.Decode(thumbnail);
        Assert.Equal((Thumbnails.MaxSide, 106), (small.Width, small.Height));
        foreach (var (x, y) in new[] { (2, 2), (small.Width - 3, small.Height - 3), (small.Width / 2, 20) })
        {
            var pixel = small.GetPixel(x, y);
            Assert.True(pixel.Red > 245 && pixel.Green > 245 && pixel.Blue > 245, $"({x},{y}) is {pixel}, not white");
        }

        var stroke = small.GetPixel(small.Width / 2, small.Height / 2);
        Assert.True(stroke.Red < 80, $"the stroke is {stroke}, not dark");
    }
}
