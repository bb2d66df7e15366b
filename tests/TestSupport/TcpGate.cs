using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace HerstelWerk.Testing;

/// <summary>
/// A TCP relay between a service and the broker that a test can cut and restore. Closing it drops
/// every connection and refuses new ones, which is what the service sees when RabbitMQ goes down,
/// without stopping the broker that other test classes share.
/// </summary>
public sealed class TcpGate : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly ConcurrentDictionary<TcpClient, byte> _connections = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _acceptLoop;
    private volatile bool _open = true;

    public TcpGate(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public bool IsOpen => _open;

    /// <summary>An AMQP URI like <paramref name="target"/>, but through this gate.</summary>
    public static (TcpGate Gate, string Uri) ForAmqp(Uri target)
    {
        var gate = new TcpGate(target.Host, target.Port);
        var uri = new UriBuilder(target) { Host = "127.0.0.1", Port = gate.Port }.Uri.ToString();
        return (gate, uri);
    }

    public void Close()
    {
        _open = false;
        foreach (var connection in _connections.Keys)
        {
            Drop(connection);
        }
    }

    public void Open() => _open = true;

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                return;
            }

            if (!_open)
            {
                Drop(client);
                continue;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var upstream = new TcpClient();
        _connections[client] = 0;
        _connections[upstream] = 0;
        try
        {
            await upstream.ConnectAsync(_targetHost, _targetPort, _stopping.Token);
            var toServer = client.GetStream().CopyToAsync(upstream.GetStream(), _stopping.Token);
            var toClient = upstream.GetStream().CopyToAsync(client.GetStream(), _stopping.Token);
            await Task.WhenAny(toServer, toClient);
        }
        catch (Exception)
        {
            // A dropped side ends the relay; the other side is dropped below.
        }
        finally
        {
            _connections.TryRemove(client, out _);
            _connections.TryRemove(upstream, out _);
            Drop(client);
        }
    }

    private static void Drop(TcpClient connection)
    {
        try
        {
            // Reset rather than close gracefully: like a broker that vanished.
            if (connection.Client is { } socket)
            {
                socket.LingerState = new LingerOption(true, 0);
            }

            connection.Close();
        }
        catch (Exception exception) when (exception is ObjectDisposedException or SocketException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        Close();
        await _acceptLoop;
        _stopping.Dispose();
    }
}
