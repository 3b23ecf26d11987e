using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Grains.Common;

/// <summary>What any owner of evidence files checks of a file stored for it: its hash and its size.</summary>
public static class EvidenceFile
{
    public static void Check(NewAttachment file, string ruleId)
    {
        if (file.Sha256.Length != 64 || !file.Sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new InvalidInputException(ruleId, "sha256", $"{ruleId}: a file is named by the lower-case hex SHA-256 of its bytes.");
        }

        if (file.Bytes is <= 0 or > Limits.MaxFileBytes)
        {
            throw new InvalidInputException(ruleId, "bytes", $"{ruleId}: a file has 1 to {Limits.MaxFileBytes} bytes.");
        }
    }
}
