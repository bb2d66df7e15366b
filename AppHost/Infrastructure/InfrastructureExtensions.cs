using HerstelWerk.AppHost.Infrastructure.Local;
using Microsoft.Extensions.DependencyInjection;

namespace HerstelWerk.AppHost.Infrastructure;

internal static class InfrastructureExtensions
{
    /// <summary>
    /// Chooses how PostgreSQL and RabbitMQ run (see <see cref="InfrastructureSelector"/>), declares them,
    /// and logs one line that says which mode was chosen and why.
    /// </summary>
    public static IInfrastructure AddInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(InfrastructureSettings.SectionName).Get<InfrastructureSettings>()
            ?? new InfrastructureSettings();
        var choice = InfrastructureSelector.Select(settings, builder.Configuration);

        builder.Eventing.Subscribe<BeforeStartEvent>((@event, _) =>
        {
            @event.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HerstelWerk.Infrastructure")
                .LogInformation("Infrastructure mode: {Mode}, because {Reason}.", choice.Mode.ToString().ToLowerInvariant(), choice.Reason);
            return Task.CompletedTask;
        });

        return choice.Mode switch
        {
            InfrastructureMode.Containers => new ContainerInfrastructure(builder),
            InfrastructureMode.Local => new LocalInfrastructure(builder, settings, choice.LocalBinaries!),
            _ => new ExternalInfrastructure(builder),
        };
    }
}
