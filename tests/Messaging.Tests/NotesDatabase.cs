using HerstelWerk.Messaging.Outbox;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Xunit;

namespace HerstelWerk.Messaging.Tests;

/// <summary>A database of the test model with the save pipeline every service's DbContext gets.</summary>
public sealed class NotesDatabase : IAsyncLifetime
{
    private string _connectionString = null!;

    /// <summary>The request the audit interceptor sees; null outside one.</summary>
    public HttpContextAccessor Http { get; } = new();

    public string ConnectionString => _connectionString;

    public async Task InitializeAsync()
    {
        _connectionString = await (await TestServers.GetAsync()).CreateDatabaseAsync(nameof(NotesDatabase));
        await using var db = Open();
        await db.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync() => await (await TestServers.GetAsync()).DropDatabaseAsync(_connectionString);

    public NotesDbContext Open() => new(new DbContextOptionsBuilder<NotesDbContext>()
        .UseNpgsql(_connectionString)
        .UseSnakeCaseNamingConvention()
        .AddInterceptors(
            new OutboxInterceptor(new OutboxSignal(), Options.Create(new OutboxOptions()), TimeProvider.System),
            new ChangeAuditInterceptor(Http, TimeProvider.System))
        .Options);
}
