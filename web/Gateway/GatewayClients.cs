using HerstelWerk.Web.SignIn;
using Microsoft.Extensions.Http.Resilience;

namespace HerstelWerk.Web.Gateway;

internal static class GatewayClients
{
    /// <summary>
    /// Typed clients of the gateway's API, found through service discovery (<c>http://gateway</c>). Reads
    /// are retried on a transient failure; changes are not, because a repeated contact log or stage step
    /// would happen twice (an intake carries an Idempotency-Key, but the rule is kept simple: no retry).
    /// </summary>
    public static void AddGatewayClients(this WebApplicationBuilder builder)
    {
        var address = new Uri(builder.Configuration["Console:GatewayAddress"] ?? "http://gateway");
        builder.Services.AddTransient<AccessTokenHandler>();

        AddClient<ProgressClient>();
        AddClient<ParticipantsClient>();
        AddClient<FacilitiesClient>();
        AddClient<CoursesClient>();
        AddClient<VolunteersClient>();
        AddClient<AftercareClient>();
        AddClient<MyWorkClient>();
        AddClient<PlacementClient>();
        AddClient<EmployersClient>();
        AddClient<AdminClient>();
        builder.Services.AddHttpClient<DevelopmentTokenClient>(http => http.BaseAddress = address).WithGatewayResilience();

        void AddClient<TClient>() where TClient : class =>
            builder.Services.AddHttpClient<TClient>(http => http.BaseAddress = address)
                .AddHttpMessageHandler<AccessTokenHandler>()
                .WithGatewayResilience();
    }

    private static IHttpClientBuilder WithGatewayResilience(this IHttpClientBuilder client)
    {
#pragma warning disable EXTEXP0001 // Replacing the defaults' handler is the documented way to tune it per client.
        client.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        client.AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods());
        return client;
    }
}
