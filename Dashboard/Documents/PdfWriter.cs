using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace AfterSales.Dashboard.Documents;

/// <summary>Lines of text down A4 pages: a label and its value wrapped to the width, a new page when one is full.</summary>
public sealed class PdfWriter : IDisposable
{
    private const double Margin = 50, LabelWidth = 130;

    private readonly PdfDocument _document;
    private readonly XFont _text;
    private readonly XFont _bold;
    private XGraphics _g = null!;
    private PdfPage _page = null!;
    private double _y;

    public PdfWriter(PdfDocument document)
    {
        CjkFontResolver.Install();
        _document = document;
        _text = new XFont(CjkFontResolver.Family, 10);
        _bold = new XFont(CjkFontResolver.Family, 10, XFontStyleEx.Bold);
    }

    public double Width => _page.Width.Point - 2 * Margin;

    /// <summary>
    /// A printed document in duplicate: the original and the customer's copy, each headed by the title and its mark,
    /// then <paramref name="body"/>, the verification address and its QR code.
    /// </summary>
    public static byte[] InDuplicate(string title, string subject, string verifyUrl, Func<string, string> text, Action<PdfWriter> body)
    {
        using var generator = new QRCodeGenerator();
        using var qr = generator.CreateQrCode(verifyUrl, QRCodeGenerator.ECCLevel.M);
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Subject = subject;
        using (var pdf = new PdfWriter(document))
        {
            foreach (var copy in new[] { "pdf.original", "pdf.customerCopy" })
            {
                pdf.NewPage();
                pdf.Heading(title, 18);
                pdf.Heading(text(copy), 12);
                body(pdf);
                pdf.Gap(8);
                pdf.Field(text("pdf.verify"), verifyUrl);
                pdf.QrCode(qr, 110);
            }
        }

        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    public void NewPage()
    {
        _g?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _g = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    public void Heading(string text, double size)
    {
        var font = new XFont(CjkFontResolver.Family, size, XFontStyleEx.Bold);
        Room(size * 1.6);
        _g.DrawString(text, font, XBrushes.Black, new XPoint(Margin, _y + size));
        _y += size * 1.6;
    }

    /// <summary>A label and its value, the value wrapped in the column beside it.</summary>
    public void Field(string label, string? value)
    {
        var lines = Wrap(string.IsNullOrWhiteSpace(value) ? "—" : value, _text, Width - LabelWidth);
        Room(14 * Math.Min(lines.Count, 3));
        _g.DrawString(label, _bold, XBrushes.Black, new XPoint(Margin, _y + 10));
        foreach (var line in lines)
        {
            Room(14);
            _g.DrawString(line, _text, XBrushes.Black, new XPoint(Margin + LabelWidth, _y + 10));
            _y += 14;
        }

        _y += 2;
    }

    /// <summary>A QR code drawn module by module, sharp at any print resolution.</summary>
    private void QrCode(QRCodeData code, double size)
    {
        var modules = code.ModuleMatrix;
        var cell = size / modules.Count;
        Room(size + 6);
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules[row].Count; column++)
            {
                if (modules[row][column])
                {
                    _g.DrawRectangle(XBrushes.Black, Margin + LabelWidth + column * cell, _y + row * cell, cell, cell);
                }
            }
        }

        _y += size + 6;
    }

    /// <summary>An image (a drawn signature) at the given width; PNG and WebP go in as JPEG on white.</summary>
    public void Image(byte[] bytes, double width)
    {
        using var stream = new MemoryStream(AsJpeg(bytes));
        using var image = XImage.FromStream(stream);
        var height = width * image.PixelHeight / image.PixelWidth;
        Room(height + 6);
        _g.DrawImage(image, Margin + LabelWidth, _y, width, height);
        _y += height + 6;
    }

    public void Gap(double points) => _y += points;

    private static byte[] AsJpeg(byte[] image)
    {
        if (image.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return image;
        }

        using var decoded = SkiaSharp.SKBitmap.Decode(image) ?? throw new InvalidOperationException("The image cannot be read.");
        using var white = new SkiaSharp.SKBitmap(decoded.Width, decoded.Height);
        using (var canvas = new SkiaSharp.SKCanvas(white))
        {
            canvas.Clear(SkiaSharp.SKColors.White);
            canvas.DrawBitmap(decoded, 0, 0);
        }

        using var jpeg = white.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 92);
        return jpeg.ToArray();
    }

    private void Room(double points)
    {
        if (_y + points > _page.Height.Point - Margin)
        {
            NewPage();
        }
    }

    // Words where there are spaces, characters where there are none (Chinese).
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var c in paragraph)
            {
                var next = line + c;
                if (line.Length > 0 && _g.MeasureString(next, font).Width > width)
                {
                    var cut = c != ' ' && line.LastIndexOf(' ') is var space and > 0 && line.Length - space < 20 ? space : line.Length;
                    lines.Add(line[..cut].TrimEnd());
                    line = line[cut..].TrimStart() + c;
                }
                else
                {
                    line = next;
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    public void Dispose() => _g?.Dispose();
}
