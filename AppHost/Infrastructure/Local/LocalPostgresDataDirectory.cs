namespace HerstelWerk.AppHost.Infrastructure.Local;

internal static class LocalPostgresDataDirectory
{
    /// <summary>
    /// <c>.state/postgres</c>, unless PostgreSQL runs as the <c>postgres</c> user and cannot reach it
    /// (a checkout under a private home folder such as <c>/root</c>): then a folder of its own under
    /// <c>/var/lib/postgresql</c>, still one per checkout, still kept between runs.
    /// </summary>
    public static string Resolve(LocalState state, LocalBinaries binaries)
    {
        var preferred = state.PathFor("postgres");
        if (!binaries.RunPostgresAsPostgresUser || PostgresUserCanReach(state.Root))
        {
            return preferred;
        }

        return Path.Combine("/var/lib/postgresql/herstelwerk", state.Id);
    }

    /// <summary>Every folder above the state folder must let others pass through (the x bit).</summary>
    private static bool PostgresUserCanReach(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            if (!current.UnixFileMode.HasFlag(UnixFileMode.OtherExecute))
            {
                return false;
            }
        }

        return true;
    }
}
