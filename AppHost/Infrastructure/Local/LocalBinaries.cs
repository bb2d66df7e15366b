namespace HerstelWerk.AppHost.Infrastructure.Local;

/// <summary>The PostgreSQL and RabbitMQ server programs local mode runs, and what is missing.</summary>
internal sealed class LocalBinaries
{
    private const string DebianPostgresRoot = "/usr/lib/postgresql";
    private const string SetPriv = "/usr/bin/setpriv";

    private readonly List<string> _problems = [];

    private LocalBinaries()
    {
    }

    public string PostgresBinDirectory { get; private set; } = string.Empty;

    public string RabbitMqServer { get; private set; } = string.Empty;

    /// <summary>PostgreSQL refuses to run as root; as root it is started as the <c>postgres</c> user.</summary>
    public bool RunPostgresAsPostgresUser => Environment.IsPrivilegedProcess;

    public bool IsComplete => _problems.Count == 0;

    public string Problems => string.Join(" and ", _problems);

    public string Postgres => Path.Combine(PostgresBinDirectory, "postgres");

    public string InitDb => Path.Combine(PostgresBinDirectory, "initdb");

    public string Describe() =>
        $"this machine has PostgreSQL ({PostgresBinDirectory}) and RabbitMQ ({RabbitMqServer})";

    /// <summary>The command and arguments that run <paramref name="program"/> as the PostgreSQL server's user.</summary>
    public (string Command, string[] Args) AsPostgresUser(string program, params string[] args) =>
        RunPostgresAsPostgresUser
            ? (SetPriv, ["--reuid=postgres", "--regid=postgres", "--init-groups", "--", program, .. args])
            : (program, args);

    public static LocalBinaries Find(InfrastructureSettings settings)
    {
        var binaries = new LocalBinaries();
        var postgresBin = settings.PostgresBinDirectory ?? NewestDebianPostgres();
        if (postgresBin is not null && File.Exists(Path.Combine(postgresBin, "postgres")) && File.Exists(Path.Combine(postgresBin, "initdb")))
        {
            binaries.PostgresBinDirectory = postgresBin;
        }
        else
        {
            binaries._problems.Add($"no PostgreSQL server was found ({settings.PostgresBinDirectory ?? DebianPostgresRoot + "/*/bin"}/postgres)");
        }

        if (File.Exists(settings.RabbitMqServer))
        {
            binaries.RabbitMqServer = settings.RabbitMqServer;
        }
        else
        {
            binaries._problems.Add($"no RabbitMQ server was found ({settings.RabbitMqServer})");
        }

        if (binaries.RunPostgresAsPostgresUser && (!File.Exists(SetPriv) || !PostgresUserExists()))
        {
            binaries._problems.Add("running as root needs the 'postgres' user and setpriv to start PostgreSQL");
        }

        return binaries;
    }

    private static string? NewestDebianPostgres() =>
        Directory.Exists(DebianPostgresRoot)
            ? Directory.GetDirectories(DebianPostgresRoot)
                .Select(directory => (directory, version: int.TryParse(Path.GetFileName(directory), out var v) ? v : -1))
                .Where(candidate => candidate.version > 0)
                .OrderByDescending(candidate => candidate.version)
                .Select(candidate => Path.Combine(candidate.directory, "bin"))
                .FirstOrDefault()
            : null;

    private static bool PostgresUserExists() =>
        File.Exists("/etc/passwd") && File.ReadLines("/etc/passwd").Any(line => line.StartsWith("postgres:", StringComparison.Ordinal));
}
