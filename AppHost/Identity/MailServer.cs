using HerstelWerk.AppHost.Infrastructure;
using HerstelWerk.AppHost.Infrastructure.Local;

namespace HerstelWerk.AppHost.Identity;

/// <summary>
/// smtp4dev (the <c>Rnwood.Smtp4dev</c> dotnet tool in dotnet-tools.json) catches Identity's mails on this
/// machine: invitations and password resets, with their links, are read in its web UI, linked from the
/// dashboard. It keeps them in memory only, has no TLS, and listens on loopback at ports Aspire picks.
/// Not started in external mode: there the operator sets <c>Mail__*</c> for a real mail server.
/// </summary>
internal static class MailServer
{
    public static IResourceBuilder<ExecutableResource> AddSmtp4dev(this IDistributedApplicationBuilder builder)
    {
        // The repository root, where the tool manifest is; eng/run.sh restores the tool.
        var repository = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var smtp4dev = builder.AddExecutable("smtp4dev", "dotnet", repository, "tool", "run", "smtp4dev", "--")
            .WithHttpEndpoint(name: "http", isProxied: false)
            .WithEndpoint(name: "smtp", scheme: "tcp", isProxied: false);
        // Its settings folder in the state folder, so two checkouts (or a test's AppHost) never share one.
        var state = LocalState.FromSettings(
            builder.Configuration.GetSection(InfrastructureSettings.SectionName).Get<InfrastructureSettings>() ?? new InfrastructureSettings(), builder);
        var data = Directory.CreateDirectory(state.PathFor("smtp4dev")).FullName;
        var web = smtp4dev.GetEndpoint("http");
        var smtp = smtp4dev.GetEndpoint("smtp");
        return smtp4dev
            .WithArgs(context =>
            {
                context.Args.Add(ReferenceExpression.Create($"--urls=http://127.0.0.1:{web.Property(EndpointProperty.TargetPort)}"));
                context.Args.Add(ReferenceExpression.Create($"--smtpport={smtp.Property(EndpointProperty.TargetPort)}"));
                context.Args.Add("--bindaddress=127.0.0.1");
                context.Args.Add("--disableipv6");
                context.Args.Add("--db="); // in memory: nothing of the mails outlives the run
                context.Args.Add("--tlsmode=None");
                context.Args.Add("--imapport=");
                context.Args.Add("--pop3port=");
                context.Args.Add("--nousersettings");
                context.Args.Add($"--baseappdatapath={data}");
            })
            .WithHttpHealthCheck("/api/messages");
    }

    /// <summary>Identity sends through smtp4dev, in plain SMTP on loopback, once it is up.</summary>
    public static IResourceBuilder<ProjectResource> WithMailServer(this IResourceBuilder<ProjectResource> identity, IResourceBuilder<ExecutableResource> smtp4dev) =>
        identity
            .WithEnvironment("Mail__Host", "127.0.0.1")
            .WithEnvironment("Mail__Port", smtp4dev.GetEndpoint("smtp").Property(EndpointProperty.Port))
            .WithEnvironment("Mail__RequireTls", "false")
            .WaitFor(smtp4dev);
}
