using System.Buffers.Binary;

namespace AfterSales.Dashboard.Documents;

/// <summary>
/// One font of a TrueType collection (.ttc, as Debian ships its CJK fonts) as a font file of its own (.ttf), since
/// PDFsharp embeds single fonts only: the font's table directory written anew, its tables copied unchanged.
/// </summary>
public static class TrueTypeCollection
{
    public static byte[] Font(byte[] file, int index = 0)
    {
        var data = file.AsSpan();
        if (!data.StartsWith("ttcf"u8))
        {
            return file;
        }

        var count = BinaryPrimitives.ReadUInt32BigEndian(data[8..]);
        if (index >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"The collection holds {count} fonts.");
        }

        var start = (int)BinaryPrimitives.ReadUInt32BigEndian(data[(12 + 4 * index)..]);
        var tables = BinaryPrimitives.ReadUInt16BigEndian(data[(start + 4)..]);
        var directory = 12 + 16 * tables;
        var records = new (int Record, int Offset, int Length)[tables];
        var size = directory;
        for (var i = 0; i < tables; i++)
        {
            var record = start + 12 + 16 * i;
            records[i] = (record, (int)BinaryPrimitives.ReadUInt32BigEndian(data[(record + 8)..]), (int)BinaryPrimitives.ReadUInt32BigEndian(data[(record + 12)..]));
            size += (records[i].Length + 3) & ~3;
        }

        var font = new byte[size];
        data.Slice(start, 12).CopyTo(font);
        var at = directory;
        for (var i = 0; i < tables; i++)
        {
            var (record, offset, length) = records[i];
            data.Slice(record, 16).CopyTo(font.AsSpan(12 + 16 * i));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + 16 * i + 8), (uint)at);
            data.Slice(offset, length).CopyTo(font.AsSpan(at));
            at += (length + 3) & ~3;
        }

        return font;
    }
}
