using Npgsql;

namespace HerstelWerk.Messaging.Data;

/// <summary>
/// Whether a failure means "the database is not there right now" rather than "this request is wrong":
/// a transient Npgsql error or a timeout, also where EF Core or another layer wrapped it (EF's
/// execution strategy wraps a transient error in an <see cref="InvalidOperationException"/>), and the
/// server's own refusals to take work at the moment.
/// </summary>
public static class DatabaseOutages
{
    /// <summary>The server refuses connections to this database (<c>ALLOW_CONNECTIONS false</c>, or while it is being restored).</summary>
    private const string NotAcceptingConnections = "55000";

    public static bool IsOutage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case NpgsqlException { IsTransient: true }:
                case TimeoutException:
                case PostgresException { SqlState: NotAcceptingConnections } refused when refused.MessageText.Contains("not currently accepting connections", StringComparison.Ordinal):
                case PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction }:
                    return true;
            }
        }

        return false;
    }
}
