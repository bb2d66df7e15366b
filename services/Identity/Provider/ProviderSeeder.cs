using HerstelWerk.Identity.Accounts;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;

namespace HerstelWerk.Identity.Provider;

/// <summary>
/// At start-up, after the migrations: registers the console as a client (or brings its registration up
/// to date), and makes the first admin when there is none yet, from <c>Provider:InitialAdmin</c>. The
/// AppHost generates that admin's password on a first local run; production sets it once.
/// </summary>
internal sealed class ProviderSeeder(IServiceScopeFactory scopes, ProviderSettings settings, TimeProvider time, ILogger<ProviderSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (settings.Console.BaseAddress is not null)
        {
            await RegisterConsoleAsync(scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>(), cancellationToken);
        }

        if (settings.InitialAdmin is { Email.Length: > 0, Password.Length: > 0 } admin)
        {
            await EnsureAdminAsync(scope.ServiceProvider.GetRequiredService<UserManager<Account>>(), admin);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RegisterConsoleAsync(IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var descriptor = ConsoleClient.Describe(settings.Console, settings.Audience);
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }

        logger.LogInformation("Console client {ClientId} registered for {BaseAddress}", descriptor.ClientId, settings.Console.BaseAddress);
    }

    private async Task EnsureAdminAsync(UserManager<Account> accounts, InitialAdminSettings admin)
    {
        if (accounts.Users.Any(account => account.Role == Roles.Admin))
        {
            return;
        }

        var account = new Account
        {
            UserName = admin.Email,
            Email = admin.Email,
            EmailConfirmed = true,
            DisplayName = admin.DisplayName,
            Role = Roles.Admin,
            CreatedAt = time.GetUtcNow(),
        };
        var result = await accounts.CreateAsync(account, admin.Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The initial admin could not be made: " + string.Join(" ", result.Errors.Select(error => error.Description)));
        }

        logger.LogInformation("Initial admin account {AccountId} made; it sets up two-step verification at its first sign-in", account.Id);
    }
}
