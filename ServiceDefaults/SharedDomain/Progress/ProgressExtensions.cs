using System.Diagnostics.Metrics;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HerstelWerk.SharedDomain.Progress;

public static class ProgressExtensions
{
    /// <summary>
    /// The service's yearly figures, counted by <typeparamref name="TCalculator"/>: the progress endpoint
    /// (<see cref="MapProgressApi"/>) and, for the current year, the dashboard's gauges.
    /// </summary>
    public static IServiceCollection AddProgress<TCalculator>(this IServiceCollection services, string serviceName)
        where TCalculator : class, IProgressCalculator
    {
        services.AddSingleton<ProgressTargets>();
        services.AddScoped<IProgressCalculator, TCalculator>();
        services.AddSingleton(provider => new ProgressGauges(provider.GetRequiredService<IMeterFactory>(), serviceName));
        services.AddHostedService<ProgressGaugeRefresher>();
        return services;
    }

    /// <summary><c>GET {routePrefix}/progress?year=</c>: the year's figures in the one progress shape, for <paramref name="readers"/>.</summary>
    public static RouteHandlerBuilder MapProgressApi(this IEndpointRouteBuilder endpoints, string routePrefix, string operationName, string summary,
        IReadOnlyList<ProgressDefinition> definitions, params string[] readers) =>
        endpoints.MapApiGroup($"{routePrefix}/progress", "Reports")
            .MapGet("/", GetProgress)
            .RequireAccess(readers)
            .WithName(operationName)
            .WithSummary(summary)
            .WithDescription(ProgressFigures.Describe(definitions));

    public static async Task<Ok<ProgressReport>> GetProgress([AsParameters] YearQuery query, IProgressCalculator calculator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await calculator.CalculateAsync(query.Year, cancellationToken));
}
