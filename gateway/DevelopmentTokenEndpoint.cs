using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HerstelWerk.Gateway;

/// <summary>
/// <c>POST /dev/token</c>: a token for any role, signed with the AppHost's development key. It exists
/// only in the Development environment; everywhere else tokens come from the identity provider.
/// </summary>
internal static class DevelopmentTokenEndpoint
{
    public const string Route = "/dev/token";

    public sealed record TokenRequest
    {
        /// <summary>coordinator, adviser, volunteer, admin or partner.</summary>
        [Required, AllowedValues(Roles.Coordinator, Roles.Adviser, Roles.Volunteer, Roles.Admin, Roles.Partner)]
        public string? Role { get; init; }

        /// <summary>The user id the token stands for; default <c>dev-{role}</c>.</summary>
        [StringLength(100)]
        public string? Subject { get; init; }

        /// <summary>For the volunteer role: the volunteer's id.</summary>
        public Guid? VolunteerId { get; init; }
    }

    public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);

    public static void MapDevelopmentTokens(this WebApplication app)
    {
        app.MapApiGroup(Route, "Development")
            .MapPost("/", Issue)
            .AllowAnyone()
            .WithName("IssueDevelopmentToken")
            .WithSummary("Development only: a bearer token for a role, to try the API.");
    }

    public static Results<Ok<TokenResponse>, ValidationProblem> Issue(TokenRequest request, IConfiguration configuration)
    {
        if (request.Role == Roles.Volunteer && request.VolunteerId is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["volunteerId"] = ["A volunteer token needs the volunteer's id."] });
        }

        var lifetime = TimeSpan.FromHours(8);
        var token = DevelopmentTokens.Create(
            AuthenticationExtensions.Settings(configuration),
            request.Role!,
            string.IsNullOrWhiteSpace(request.Subject) ? $"dev-{request.Role}" : request.Subject,
            request.VolunteerId?.ToString(),
            lifetime);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)lifetime.TotalSeconds));
    }
}
