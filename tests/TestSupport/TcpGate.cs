using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace HerstelWerk.Testing;

/// <summary>
/// A TCP relay between a service and a server (the broker, the database) that a test can cut, freeze
/// and restore, without touching the servers other test classes share. Closing it drops every
/// connection and refuses new ones: a server that went down. Freezing it keeps every connection open
/// but passes no byte either way: a server that stopped answering (paused, overloaded, a dead link).
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
    private volatile TaskCompletionSource _flowing = Flowing();

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

    /// <summary>Connections stay open, new ones are accepted, but nothing passes until <see cref="Thaw"/>.</summary>
    public void Freeze()
    {
        if (_flowing.Task.IsCompleted)
        {
            _flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Thaw() => _flowing.TrySetResult();

    /// <summary>A PostgreSQL connection string like <paramref name="connectionString"/>, but through a new gate.</summary>
    public static (TcpGate Gate, string ConnectionString) ForPostgres(string connectionString)
    {
        var settings = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var gate = new TcpGate(settings.Host!, settings.Port);
        settings.Host = "127.0.0.1";
        settings.Port = gate.Port;
        return (gate, settings.ConnectionString);
    }

    private static TaskCompletionSource Flowing()
    {
        var flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        flowing.SetResult();
        return flowing;
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to)
    {
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var read = await from.ReadAsync(buffer, _stopping.Token);
            if (read == 0)
            {
                return;
            }

            // Frozen: the bytes were taken off the wire, but go nowhere until the gate thaws.
            await _flowing.Task.WaitAsync(_stopping.Token);
            await to.WriteAsync(buffer.AsMemory(0, read), _stopping.Token);
        }
    }

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
            // Without this, Nagle's algorithm meets delayed acknowledgements and every small database
            // round trip through the gate waits 40 ms.
            client.NoDelay = true;
            upstream.NoDelay = true;
            var toServer = PumpAsync(client.GetStream(), upstream.GetStream());
            var toClient = PumpAsync(upstream.GetStream(), client.GetStream());
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
        Thaw();
        await _stopping.CancelAsync();
        _listener.Stop();
        Close();
        await _acceptLoop;
        _stopping.Dispose();
    }
}
