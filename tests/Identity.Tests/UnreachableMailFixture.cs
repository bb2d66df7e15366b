using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace HerstelWerk.Identity.Tests;

/// <summary>Identity whose mail server is out of reach: a loopback port nothing listens on.</summary>
public sealed class UnreachableMailFixture : IdentityFixture
{
    private static readonly int ClosedPort = FreePort();

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
        [.. base.ExtraSettings(), new("Mail:Port", ClosedPort.ToString(CultureInfo.InvariantCulture))];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
