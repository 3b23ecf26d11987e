using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using AfterSales.GrainInterfaces.Sites;

namespace AfterSales.Grains.Sites;

/// <summary>
/// The SHA-256 of what a commissioning report says: the site, the machine, the date, who recorded it, the signatures,
/// the stamps, who keeps the original and its scan's own hash, so the printed report can be checked (R-INS-1/4).
/// </summary>
public static class CommissioningFingerprint
{
    private static readonly JsonSerializerOptions Canonical = new() { Converters = { new JsonStringEnumConverter() } };

    public static string Sha256(string siteId, Installation installation, CommissioningRecord record, string? scanSha256) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new
        {
            siteId, installation.MachineSerial, installation.ProductLine, installation.Model, Record = record with { Sha256 = null }, scanSha256,
        }, Canonical)));
}
