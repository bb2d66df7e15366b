using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HerstelWerk.ServiceDefaults.Security;

public static class AccessRules
{
    /// <summary>Only callers with one of <paramref name="roles"/> may call these endpoints.</summary>
    public static TBuilder RequireAccess<TBuilder>(this TBuilder builder, params string[] roles) where TBuilder : IEndpointConventionBuilder
    {
        if (roles.Length == 0 || roles.Any(role => !Roles.All.Contains(role)))
        {
            throw new ArgumentException($"Name one or more of: {string.Join(", ", Roles.All)}.", nameof(roles));
        }

        return builder
            .RequireAuthorization(policy => policy.RequireRole(roles))
            .WithMetadata(new AccessRule(false, roles))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <summary>Anyone may call these endpoints (health, OpenAPI): a decision, stated like the others.</summary>
    public static TBuilder AllowAnyone<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AllowAnonymous().WithMetadata(AccessRule.Anonymous);
}
