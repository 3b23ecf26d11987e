using System.Net;
using System.Net.Sockets;

namespace AfterSales.Tests.Api;

/// <summary>
/// Ports for the servers a test starts. They come from below the kernel's ephemeral range (32768-60999), handed out
/// once each per test run, so that neither another test nor an outgoing connection's local port can take a port
/// between the moment it is chosen and the moment the server binds it.
/// </summary>
public static class FreePort
{
    private const int First = 20000;

    private const int Last = 32000;

    private static int _next = First + Random.Shared.Next(0, 4000);

    public static int Next()
    {
        while (true)
        {
            var port = Interlocked.Increment(ref _next);
            if (port > Last)
            {
                throw new InvalidOperationException($"No free port left in {First}-{Last}.");
            }

            if (Bindable(port))
            {
                return port;
            }
        }
    }

    private static bool Bindable(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
