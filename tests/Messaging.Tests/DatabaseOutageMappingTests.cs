using HerstelWerk.Messaging.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit;

namespace HerstelWerk.Messaging.Tests;

/// <summary>
/// A database out of reach is a 503 however the failure reaches the exception handler: bare, or wrapped
/// the way EF Core's execution strategy and its save wrap it. The first such answer also tells the
/// watch, so the next requests fail fast.
/// </summary>
public sealed class DatabaseOutageMappingTests(NotesDatabase database) : IClassFixture<NotesDatabase>
{
    public static TheoryData<string, Exception> Outages => new()
    {
        { "a bare timeout", new NpgsqlException("The operation has timed out", new TimeoutException()) },
        // What a 40 s PostgreSQL pause produced: 72 of 200 intakes answered 500 before this was recognised.
        { "EF's execution strategy around a timeout", new InvalidOperationException(
            "An exception has been raised that is likely due to a transient failure.",
            new NpgsqlException("The operation has timed out", new TimeoutException("The operation has timed out."))) },
        { "EF's strategy around a bare TimeoutException", new InvalidOperationException(
            "An exception has been raised that is likely due to a transient failure.", new TimeoutException("Timeout during reading attempt")) },
        { "a failed save around a broken connection", new DbUpdateException("An error occurred while saving the entity changes.",
            new NpgsqlException("Exception while reading from stream", new EndOfStreamException())) },
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public async Task An_outage_is_a_503_and_marks_the_database_unreachable(string what, Exception outage)
    {
        await using var watch = new DatabaseWatch(database.ConnectionString, NullLogger<DatabaseWatch>.Instance);
        Assert.True(await watch.ProbeNowAsync(CancellationToken.None), "the test database answers");
        var mapper = new DatabaseProblemMapper(watch);

        var problem = mapper.Describe(outage);

        Assert.True(problem?.Status == StatusCodes.Status503ServiceUnavailable, $"{what}: {problem?.Status}");
        Assert.False(watch.IsReachable);
    }

    [Fact]
    public void A_failure_that_is_not_an_outage_is_left_to_the_other_mappers()
    {
        var mapper = new DatabaseProblemMapper(new DatabaseWatch("Host=127.0.0.1;Database=unused", NullLogger<DatabaseWatch>.Instance));

        Assert.Null(mapper.Describe(new InvalidOperationException("A bug, not an outage.")));
        Assert.Null(mapper.Describe(new DbUpdateException("A broken check constraint.", new InvalidCastException())));
        Assert.True(DatabaseOutages.IsOutage(new NpgsqlException("pool exhausted", new TimeoutException())));
    }
}
