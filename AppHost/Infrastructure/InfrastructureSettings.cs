namespace HerstelWerk.AppHost.Infrastructure;

/// <summary>The <c>Infrastructure</c> configuration section (environment: <c>Infrastructure__Mode=local</c>).</summary>
internal sealed class InfrastructureSettings
{
    public const string SectionName = "Infrastructure";

    /// <summary><c>auto</c> (default), <c>containers</c>, <c>local</c> or <c>external</c>.</summary>
    public string Mode { get; set; } = "auto";

    /// <summary>Local mode keeps PostgreSQL's and RabbitMQ's data here. Default: <c>.state/</c> in the repository.</summary>
    public string? StateDirectory { get; set; }

    /// <summary>Local mode: the folder with <c>postgres</c> and <c>initdb</c>. Default: the newest <c>/usr/lib/postgresql/*/bin</c>.</summary>
    public string? PostgresBinDirectory { get; set; }

    /// <summary>Local mode: the RabbitMQ start script that runs as the calling user.</summary>
    public string RabbitMqServer { get; set; } = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    /// <summary>Local mode: also start RabbitMQ's management UI (on a port Aspire allocates).</summary>
    public bool RabbitMqManagement { get; set; } = true;
}
