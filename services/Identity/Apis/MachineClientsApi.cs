using System.ComponentModel.DataAnnotations;
using HerstelWerk.Identity.Infrastructure;
using HerstelWerk.Identity.Provider;
using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Identity.Apis;

/// <summary>
/// An admin registers a partner organisation's client (client credentials, role <c>partner</c>): the
/// secret is in the answer once and stored only hashed. A partner's token opens no staff endpoint.
/// </summary>
public static class MachineClientsApi
{
    public static void MapMachineClientsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup(Extensions.RoutePrefix, "Clients");
        group.MapPost("/clients", RegisterAsync)
            .RequireAccess(Roles.Admin)
            .WithName("RegisterClient")
            .WithSummary("Register a partner's machine client. The answer holds the client secret; it is stored hashed and shown only this once.");
        group.MapGet("/clients", ListAsync)
            .RequireAccess(Roles.Admin)
            .WithName("ListClients")
            .WithSummary("The registered machine clients, newest first (never their secrets).");
        group.MapDelete("/clients/{clientId}", RemoveAsync)
            .RequireAccess(Roles.Admin)
            .WithName("RemoveClient")
            .WithSummary("Remove a machine client: its tokens are revoked and it can get no new ones.");
    }

    public static async Task<Created<RegisteredClientDto>> RegisterAsync(ClientRequest request, MachineClients clients, HttpContext context, CancellationToken cancellationToken)
    {
        var (client, secret) = await clients.RegisterAsync(request.Name, Roles.Partner, HerstelWerkClaims.SubjectOf(context.User), cancellationToken);
        return TypedResults.Created($"{Extensions.RoutePrefix}/clients/{client.ClientId}", new RegisteredClientDto(client.ClientId, secret, MachineClientDto.Of(client)));
    }

    public static async Task<Ok<Page<MachineClientDto>>> ListAsync([AsParameters] PageQuery paging, IdentityDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.MachineClients.AsNoTracking()
            .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.ClientId)
            .Select(c => new MachineClientDto(c.ClientId, c.Name, c.Role, c.CreatedAt))
            .ToPageAsync(paging, cancellationToken));

    public static async Task<Results<NoContent, NotFound>> RemoveAsync(string clientId, MachineClients clients, CancellationToken cancellationToken) =>
        await clients.RemoveAsync(clientId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}

/// <summary>A partner organisation to give a client.</summary>
public sealed record ClientRequest : IOpenApiExample<ClientRequest>
{
    public static ClientRequest Example => new() { Name = "Reclassering Nederland" };

    /// <summary>The organisation's name, as the admin knows it.</summary>
    [Required]
    [StringLength(200, MinimumLength = 2)]
    public string Name { get; init; } = string.Empty;
}

/// <summary>A registered machine client, without its secret.</summary>
public sealed record MachineClientDto(string ClientId, string Name, string Role, DateTimeOffset CreatedAt) : IOpenApiExample<MachineClientDto>
{
    public static MachineClientDto Example => new("partner-reclassering-nederland-3fa2c1", "Reclassering Nederland", Roles.Partner,
        new DateTimeOffset(2026, 12, 4, 9, 30, 0, TimeSpan.FromHours(1)));

    public static MachineClientDto Of(MachineClient client) => new(client.ClientId, client.Name, client.Role, client.CreatedAt);
}

/// <summary>The registration, with the secret: shown in this answer only.</summary>
public sealed record RegisteredClientDto(string ClientId, string ClientSecret, MachineClientDto Client) : IOpenApiExample<RegisteredClientDto>
{
    public static RegisteredClientDto Example => new(MachineClientDto.Example.ClientId, "q8Vd0hVxv1m3kGdJ4pQ2sWm9eTzYbR7cLnA5uXfH6oE", MachineClientDto.Example);
}
