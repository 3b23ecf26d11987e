using AfterSales.Tests.Api;

namespace AfterSales.Tests.Durability;

/// <summary>The settings that start a silo process: its storage, ports of its own, the tests' signing key.</summary>
public static class ProcessSettings
{
    public static Dictionary<string, string> For(IEnumerable<KeyValuePair<string, string>> storage) => new(storage)
    {
        ["Cluster:SiloPort"] = FreePort.Next().ToString(),
        ["Cluster:GatewayPort"] = FreePort.Next().ToString(),
        ["Auth:SigningKey"] = ProcessWorld.SigningKey,
    };

    public static Dictionary<string, string> PostgreSql(string connectionString) => For(new Dictionary<string, string>
    {
        ["Storage:Provider"] = "PostgreSql",
        ["ConnectionStrings:AfterSales"] = connectionString,
    });
}
