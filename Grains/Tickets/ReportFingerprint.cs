using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Grains.Tickets;

/// <summary>
/// The SHA-256 of what a service report says, so that a signed report is tamper-evident: the hash taken at
/// signing must still match the stored content (R-TKT-9).
/// </summary>
public static class ReportFingerprint
{
    private static readonly JsonSerializerOptions Canonical = new()
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public static string Sha256(ReportContent content)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(content, Canonical);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
