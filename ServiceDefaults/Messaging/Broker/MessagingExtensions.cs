using HerstelWerk.Contracts;
using HerstelWerk.Messaging.Inbox;
using HerstelWerk.Messaging.Outbox;
using MassTransit;
using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace HerstelWerk.Messaging.Broker;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ from the Aspire connection string <c>messaging</c>, with the
    /// project's own outbox and inbox. Queues are named <c>{service}-{consumer}</c> in kebab-case, so two
    /// services that consume the same event each get their own copy.
    /// </summary>
    /// <remarks>
    /// A failing message is retried in-process with exponential back-off, then redelivered through the
    /// broker after longer delays, then moved to its queue's <c>_error</c> queue. Consumers are
    /// idempotent through <see cref="InboxFilter{TMessage}"/>.
    /// </remarks>
    public static IHostApplicationBuilder AddServiceMessaging(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator> addConsumers)
    {
        var section = builder.Configuration.GetSection(MessagingOptions.SectionName);
        builder.Services.Configure<MessagingOptions>(section);
        var settings = section.Get<MessagingOptions>() ?? new MessagingOptions();

        builder.Services.AddOutbox(builder.Configuration);
        // Traces from the outbox through RabbitMQ into every consumer, and MassTransit's own metrics.
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(DiagnosticHeaders.DefaultListenerName));
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(InstrumentationOptions.MeterName));
        builder.Services.AddSingleton<RedeliveryQueues>();
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<BrokerWatch>();
        builder.Services.AddHostedService(services => services.GetRequiredService<BrokerWatch>());
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            "broker", services => services.GetRequiredService<BrokerWatch>(), HealthStatus.Unhealthy, ["ready"]));
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(settings.EntityPrefix + serviceName, includeNamespace: false));
            addConsumers(bus);

            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                // Order matters: redelivery wraps the retries, which wrap the inbox and the consumer.
                endpoint.UseConsumeFilter(typeof(DelayedRedeliveryFilter<>), context);
                endpoint.UseMessageRetry(retry => retry.Exponential(
                    settings.RetryLimit,
                    settings.RetryMinInterval,
                    settings.RetryMaxInterval,
                    settings.RetryMinInterval));
                endpoint.UseConsumeFilter(typeof(InboxFilter<>), context);
            });

            bus.UsingRabbitMq((context, rabbit) =>
            {
                var connectionString = context.GetRequiredService<IConfiguration>().GetConnectionString(MessagingOptions.ConnectionName)
                    ?? throw new InvalidOperationException(
                        $"Connection string '{MessagingOptions.ConnectionName}' is missing. The AppHost provides it; outside Aspire set ConnectionStrings__{MessagingOptions.ConnectionName}.");
                rabbit.Host(new Uri(connectionString), host => host.PublisherConfirmation = true);
                if (!ReconnectionPace.TryApply(rabbit))
                {
                    context.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MessagingExtensions)).LogWarning(
                        "MassTransit's reconnection pace could not be set; after a broker outage consumers may resume up to 30 s late");
                }

                rabbit.PrefetchCount = settings.PrefetchCount;
                if (settings.EntityPrefix.Length > 0)
                {
                    rabbit.MessageTopology.SetEntityNameFormatter(
                        new PrefixedEntityNameFormatter(rabbit.MessageTopology.EntityNameFormatter, settings.EntityPrefix));
                }

                // Every event's exchange exists from start-up, not from its first publish, so a consumer
                // (a partner's above all) can bind to an event that has never happened yet. Declaring is
                // idempotent; whichever service starts first makes them all.
                rabbit.DeployPublishTopology = true;
                rabbit.AddPublishMessageTypes(ContractEvents.All);

                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    private static void AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.SectionName));
        services.AddSingleton<MessagingMetrics>();
        services.AddSingleton<IntegrationEventTypes>();
        services.AddScoped<OutboxBatchPublisher>();
        services.AddScoped<MessageRetentionCleaner>();
        services.AddHostedService<OutboxDispatcher>();
        services.AddHealthChecks().AddCheck<OutboxHealthCheck>("outbox", tags: ["ready"]);
        services.TryAddSingleton(TimeProvider.System);
    }
}
