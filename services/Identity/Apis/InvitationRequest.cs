using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.ServiceDefaults.Security;

namespace HerstelWerk.Identity.Apis;

/// <summary>A member of staff to invite. Nullable members so a missing field is a 400 that names it.</summary>
public sealed record InvitationRequest : IOpenApiExample<InvitationRequest>
{
    public static InvitationRequest Example => new() { Email = AccountDto.Example.Email, DisplayName = AccountDto.Example.DisplayName, Role = Roles.Coordinator };

    [Required, EmailAddress, StringLength(254)]
    public string? Email { get; init; }

    /// <summary>The name the console greets them with.</summary>
    [Required, StringLength(200, MinimumLength = 1)]
    public string? DisplayName { get; init; }

    /// <summary>Staff roles only: volunteers' accounts are made from Volunteers' events, partners are machine clients.</summary>
    [Required, AllowedValues(Roles.Coordinator, Roles.Adviser, Roles.Admin, ErrorMessage = "Use one of coordinator, adviser, admin.")]
    public string? Role { get; init; }
}
