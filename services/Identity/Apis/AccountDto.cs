using HerstelWerk.Identity.Accounts;
using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.ServiceDefaults.Security;

namespace HerstelWerk.Identity.Apis;

/// <summary>One account as an admin sees it: never its password, codes or tokens.</summary>
public sealed record AccountDto(
    Guid Id,
    string Email,
    string DisplayName,
    string Role,
    AccountStatus Status,
    bool TwoFactorEnabled,
    DateTimeOffset CreatedAt) : IOpenApiExample<AccountDto>
{
    public static AccountDto Example => new(Guid.Parse("3c8e1f5a-9b2d-4e7f-a1c6-5d0b8e2f4a97"), "marieke.jansen@example.org", "Marieke Jansen",
        Roles.Coordinator, AccountStatus.Invited, false, new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));

    public static AccountDto From(Account account, DateTimeOffset now) =>
        new(account.Id, account.Email ?? string.Empty, account.DisplayName, account.Role, account.StatusAt(now), account.TwoFactorEnabled, account.CreatedAt);
}
