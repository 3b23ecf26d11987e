using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Orleans.Configuration;

namespace AfterSales.Silo.Hosting;

/// <summary>
/// A start that failed because a port is taken, said as what to change: the port and its setting
/// (<c>Cluster:SiloPort</c>, <c>Cluster:GatewayPort</c>, or the HTTP address of <c>--urls</c>), where Orleans and
/// Kestrel say only "Address already in use".
/// </summary>
/// <remarks>Made of the configuration before the host runs: a host that failed to start has let go of its services.</remarks>
public sealed partial class PortInUse(int siloPort, int gatewayPort)
{
    /// <summary>The exit code of a service that could not bind one of its ports.</summary>
    public const int ExitCode = 3;

    public static PortInUse Configured(IConfiguration config) => new(
        config.GetValue("Cluster:SiloPort", EndpointOptions.DEFAULT_SILO_PORT),
        config.GetValue("Cluster:GatewayPort", EndpointOptions.DEFAULT_GATEWAY_PORT));

    /// <summary>What to do about <paramref name="failure"/>, or null when it is not a port already in use.</summary>
    public string? Explain(Exception failure)
    {
        var chain = Chain(failure).ToList();
        if (!chain.Any(e => e is AddressInUseException || e is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }))
        {
            return null;
        }

        // Kestrel names the address it could not bind: the HTTP one.
        if (chain.Select(e => KestrelAddress().Match(e.Message)).FirstOrDefault(m => m.Success) is { } http)
        {
            return $"The HTTP address {http.Groups[1].Value} is already in use by another program. Stop that program, or give the service " +
                "another address: --urls http://127.0.0.1:<free port> (or the setting 'urls', the environment variable ASPNETCORE_URLS).";
        }

        // Orleans does not: its stack does. The silo listener binds in a frame of its own (SiloConnectionListener), the
        // gateway listener in its base class's (ConnectionListener.BindAsync) alone; anything else names both ports.
        (string Setting, int Port, string What)[] orleans =
        [
            ("Cluster:SiloPort", siloPort, "Orleans' silo-to-silo port"),
            ("Cluster:GatewayPort", gatewayPort, "Orleans' client gateway port"),
        ];
        var trace = failure.ToString();
        var failed = trace.Contains(".SiloConnectionListener.", StringComparison.Ordinal) ? orleans[..1]
            : trace.Contains(".ConnectionListener.BindAsync", StringComparison.Ordinal) || trace.Contains(".GatewayConnectionListener.", StringComparison.Ordinal) ? orleans[1..]
            : orleans;
        return string.Join(
            Environment.NewLine,
            failed.Select(p =>
                $"Port {p.Port} ({p.What}, setting {p.Setting}) is already in use by another program. Stop that program, or set " +
                $"{p.Setting} to a free port: --{p.Setting}=<port>, the environment variable {p.Setting.Replace(":", "__", StringComparison.Ordinal)}, or appsettings.json."));
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? at = e; at is not null; at = at.InnerException)
        {
            if (at is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }

            yield return at;
        }
    }

    [GeneratedRegex("Failed to bind to address (\\S+?):? address already in use", RegexOptions.IgnoreCase)]
    private static partial Regex KestrelAddress();
}
