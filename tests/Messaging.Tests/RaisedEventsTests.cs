using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace HerstelWerk.Messaging.Tests;

/// <summary>
/// An aggregate's events reach the outbox by the save alone: nobody stages them, so nobody can forget
/// them. These fail if the save pipeline stops collecting them.
/// </summary>
public sealed class RaisedEventsTests(NotesDatabase database) : IClassFixture<NotesDatabase>
{
    [Fact]
    public async Task Every_event_a_tracked_aggregate_raised_is_in_the_outbox_after_save_in_the_order_raised()
    {
        await using var db = database.Open();
        var first = Note.Write(Guid.NewGuid(), $"first {Guid.NewGuid()}");
        var second = Note.Write(Guid.NewGuid(), $"second {Guid.NewGuid()}");
        first.Rewrite($"first again {Guid.NewGuid()}");
        db.AddRange(first, second);

        await db.SaveChangesAsync();

        var rows = await RowsForAsync(db, first.Id, second.Id);
        Assert.Equal([(first.Id, 1), (second.Id, 1), (first.Id, 2)], rows);
        Assert.Empty(first.TakeEvents());
    }

    [Fact]
    public async Task A_loaded_aggregate_that_changed_or_only_raised_an_event_has_it_collected()
    {
        var note = Note.Write(Guid.NewGuid(), $"note {Guid.NewGuid()}");
        await using (var db = database.Open())
        {
            db.Add(note);
            await db.SaveChangesAsync();
        }

        await using (var db = database.Open())
        {
            var loaded = await db.Notes.SingleAsync(n => n.Id == note.Id);
            loaded.Rewrite($"changed {Guid.NewGuid()}");
            await db.SaveChangesAsync();
            loaded.Announce();
            await db.SaveChangesAsync();

            Assert.Equal([(note.Id, 1), (note.Id, 2), (note.Id, 2)], await RowsForAsync(db, note.Id));
        }
    }

    [Fact]
    public async Task Events_of_a_save_that_failed_never_reach_the_outbox()
    {
        var title = $"taken {Guid.NewGuid()}";
        await using (var db = database.Open())
        {
            db.Add(Note.Write(Guid.NewGuid(), title));
            await db.SaveChangesAsync();
        }

        await using (var db = database.Open())
        {
            var duplicate = Note.Write(Guid.NewGuid(), title);
            db.Add(duplicate);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

            await using var fresh = database.Open();
            Assert.Empty(await RowsForAsync(fresh, duplicate.Id));
        }
    }

    private static async Task<List<(Guid NoteId, int Revision)>> RowsForAsync(NotesDbContext db, params Guid[] noteIds)
    {
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.MessageType == typeof(NoteWrittenV1).FullName).OrderBy(m => m.Id).ToListAsync();
        return [.. rows
            .Select(row => JsonSerializer.Deserialize<NoteWrittenV1>(row.Payload, JsonSerializerOptions.Web)!)
            .Where(written => noteIds.Contains(written.NoteId))
            .Select(written => (written.NoteId, written.Revision))];
    }
}
