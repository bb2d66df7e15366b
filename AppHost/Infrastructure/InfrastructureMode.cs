namespace HerstelWerk.AppHost.Infrastructure;

internal enum InfrastructureMode
{
    /// <summary>Aspire's PostgreSQL and RabbitMQ containers. Needs a healthy Docker or Podman.</summary>
    Containers,

    /// <summary>This machine's own PostgreSQL and RabbitMQ (Debian packages), run as Aspire executables.</summary>
    Local,

    /// <summary>Connection strings from configuration, for shared or production servers.</summary>
    External,
}
