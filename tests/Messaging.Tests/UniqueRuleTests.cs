using HerstelWerk.Messaging.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace HerstelWerk.Messaging.Tests;

/// <summary>A unique index that states a rule answers a violation with its sentence, as a 409.</summary>
public sealed class UniqueRuleTests(NotesDatabase database) : IClassFixture<NotesDatabase>
{
    [Fact]
    public async Task Breaking_a_unique_rule_is_a_409_with_the_rule_and_other_failures_are_not_described()
    {
        var title = $"once {Guid.NewGuid()}";
        await using (var db = database.Open())
        {
            db.Add(Note.Write(Guid.NewGuid(), title));
            await db.SaveChangesAsync();
        }

        await using var second = database.Open();
        second.Add(Note.Write(Guid.NewGuid(), title));
        var violation = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());

        var problem = Mapper().Describe(violation);
        Assert.NotNull(problem);
        Assert.Equal(StatusCodes.Status409Conflict, problem.Status);
        Assert.Equal(NotesDbContext.OneTitle, problem.Detail);
        Assert.Null(Mapper().Describe(new InvalidOperationException("not the database's")));
    }

    private static DatabaseProblemMapper Mapper() =>
        new(new DatabaseWatch("Host=127.0.0.1;Database=unused", NullLogger<DatabaseWatch>.Instance));
}
