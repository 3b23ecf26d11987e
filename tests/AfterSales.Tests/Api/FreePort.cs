using System.Net;
using System.Net.Sockets;

namespace AfterSales.Tests.Api;

/// <summary>
/// Ports for the servers a test starts, handed out once each per test run, from a range that neither the kernel's
/// ephemeral ports (32768-60999, the local ports of outgoing connections) nor Orleans' TestCluster (silos
/// 22300-30000, gateways 40000-50000) use: nothing else can take a port between the moment it is chosen and the
/// moment the server binds it.
/// </summary>
public static class FreePort
{
    private const int First = 12000;

    private const int Last = 22000;

    private static int _next = First + Random.Shared.Next(0, 3000);

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
