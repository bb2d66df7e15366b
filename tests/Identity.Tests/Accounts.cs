using HerstelWerk.Identity.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace HerstelWerk.Identity.Tests;

/// <summary>Accounts made straight through ASP.NET Core Identity, so each test has people of its own.</summary>
public static class Accounts
{
    public const string Password = "paarden eten graag hooi";

    public static async Task<Account> NewAsync(IdentityFixture identity, string role, Guid? volunteerId = null)
    {
        await using var scope = identity.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var email = $"{role}-{Guid.NewGuid():N}@herstelwerk.test";
        var account = new Account
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {role}", Role = role, VolunteerId = volunteerId,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var result = await accounts.CreateAsync(account, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(error => error.Description)));
        return account;
    }

    public static async Task ChangeAsync(IdentityFixture identity, Guid accountId, Action<Account> change)
    {
        await using var scope = identity.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = await accounts.FindByIdAsync(accountId.ToString()) ?? throw new InvalidOperationException("No such account.");
        change(account);
        Assert.True((await accounts.UpdateAsync(account)).Succeeded);
    }
}
