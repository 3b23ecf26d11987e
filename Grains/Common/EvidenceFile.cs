using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Grains.Common;

/// <summary>What any owner of evidence files checks of a file stored for it, and the record it keeps of one.</summary>
public static class EvidenceFile
{
    /// <summary>Whether <paramref name="text"/> is a SHA-256 as files are named by: 64 lower-case hex digits.</summary>
    public static bool IsSha256(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigitLower);

    /// <summary>Refuses a file under <paramref name="ruleId"/> without a hash, a size in bounds or a name.</summary>
    public static void Check(NewAttachment file, string ruleId)
    {
        if (!IsSha256(file.Sha256))
        {
            throw new InvalidInputException(ruleId, "sha256", Sentence.Of("refusal.common.file-name-hash", $"{ruleId}: a file is named by the lower-case hex SHA-256 of its bytes."));
        }

        if (file.Bytes is <= 0 or > Limits.MaxFileBytes)
        {
            throw new InvalidInputException(ruleId, "bytes", Sentence.Of("refusal.common.file-size", $"{ruleId}: a file has 1 to {Limits.MaxFileBytes} bytes."));
        }

        Text.Required(file.FileName, "fileName", ruleId);
    }

    /// <summary>The record of a checked file as attachment <paramref name="id"/> of a ticket or of a site's machine.</summary>
    public static Attachment Record(
        NewAttachment file, string id, string by, DateTimeOffset now, string? ticketId, string? siteId = null, string? serial = null) => new(
        id, ticketId, file.Kind, file.FileName.Trim(), file.ContentType, file.Bytes, file.Sha256, file.TakenAt, file.Location,
        string.IsNullOrWhiteSpace(file.Caption) ? null : file.Caption.Trim(), by, now, siteId, serial);
}
