using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HerstelWerk.Testing;

/// <summary>
/// A real smtp4dev for a test fixture (the repository's dotnet tool, as the AppHost runs it): on loopback,
/// at free ports, keeping its mails in memory. Read what arrived through <see cref="Inbox"/>.
/// </summary>
public sealed class Smtp4devServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private Smtp4devServer(Process process, int smtpPort, Uri web)
    {
        _process = process;
        SmtpPort = smtpPort;
        Inbox = new Smtp4devInbox(web);
    }

    public string SmtpHost => "127.0.0.1";

    public int SmtpPort { get; }

    public Smtp4devInbox Inbox { get; }

    public static async Task<Smtp4devServer> StartAsync()
    {
        var (smtpPort, webPort) = (FreePort(), FreePort());
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryFiles.Path("."),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "tool", "run", "smtp4dev", "--", $"--urls=http://127.0.0.1:{webPort}", $"--smtpport={smtpPort}", "--bindaddress=127.0.0.1",
            "--disableipv6", "--db=", "--tlsmode=None", "--imapport=", "--pop3port=", "--nousersettings",
            $"--baseappdatapath={Directory.CreateTempSubdirectory("herstelwerk-smtp4dev-").FullName}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start.");
        var server = new Smtp4devServer(process, smtpPort, new Uri($"http://127.0.0.1:{webPort}/"));
        process.OutputDataReceived += (_, line) => server.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => server.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await Eventually.HoldsAsync(async () => !process.HasExited && await server.Inbox.IsUpAsync(), "smtp4dev to answer", TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException("smtp4dev did not come up (run 'dotnet tool restore'): " + string.Join(Environment.NewLine, server._output));
        }

        return server;
    }

    public async ValueTask DisposeAsync()
    {
        Inbox.Dispose();
        if (!_process.HasExited)
        {
            // 'dotnet tool run' starts smtp4dev as its child: end both.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 50 && _output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
