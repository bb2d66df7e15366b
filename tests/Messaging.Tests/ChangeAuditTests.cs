using System.Security.Claims;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace HerstelWerk.Messaging.Tests;

/// <summary>Every change of a participant's record made in a request is audited by the save itself.</summary>
public sealed class ChangeAuditTests(NotesDatabase database) : IClassFixture<NotesDatabase>
{
    [Fact]
    public async Task A_new_record_is_a_Create_and_a_change_of_it_or_of_a_part_an_Update_by_the_caller()
    {
        var participantId = Guid.NewGuid();
        database.Http.HttpContext = Request("coordinator-3");
        var note = Note.Write(participantId, $"note {Guid.NewGuid()}");
        await using (var db = database.Open())
        {
            db.Add(note);
            await db.SaveChangesAsync();
        }

        await using (var db = database.Open())
        {
            (await db.Notes.SingleAsync(n => n.Id == note.Id)).Rewrite($"changed {Guid.NewGuid()}");
            await db.SaveChangesAsync();
        }

        database.Http.HttpContext = Request("coordinator-4");
        await using (var db = database.Open())
        {
            (await db.Notes.SingleAsync(n => n.Id == note.Id)).AddLine("a part of the record");
            await db.SaveChangesAsync();
        }

        database.Http.HttpContext = null;
        Assert.Equal([(AuditAction.Create, "coordinator-3"), (AuditAction.Update, "coordinator-3"), (AuditAction.Update, "coordinator-4")],
            await EntriesAsync(participantId));
    }

    [Fact]
    public async Task Changes_outside_a_request_are_not_audited_and_an_entry_the_handler_staged_is_kept()
    {
        var quiet = Guid.NewGuid();
        database.Http.HttpContext = null;
        await using (var db = database.Open())
        {
            db.Add(Note.Write(quiet, $"by a consumer {Guid.NewGuid()}"));
            await db.SaveChangesAsync();
        }

        var erased = Guid.NewGuid();
        database.Http.HttpContext = Request("admin-1");
        await using (var db = database.Open())
        {
            db.Add(Note.Write(erased, $"erased {Guid.NewGuid()}"));
            db.AuditLog.Add(new AuditEntry(DateTimeOffset.UtcNow, "admin-1", "admin", erased, AuditAction.Erase, "POST /erasure", null));
            await db.SaveChangesAsync();
        }

        database.Http.HttpContext = null;
        Assert.Empty(await EntriesAsync(quiet));
        Assert.Equal([(AuditAction.Erase, "admin-1")], await EntriesAsync(erased));
    }

    private async Task<List<(AuditAction Action, string UserId)>> EntriesAsync(Guid participantId)
    {
        await using var db = database.Open();
        return [.. (await db.AuditLog.AsNoTracking().Where(e => e.ParticipantId == participantId).OrderBy(e => e.Id).ToListAsync())
            .Select(e => (e.Action, e.UserId))];
    }

    private static DefaultHttpContext Request(string subject)
    {
        var context = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(HerstelWerkClaims.Subject, subject), new Claim(HerstelWerkClaims.Role, "coordinator")], "test")),
        };
        context.Request.Method = "POST";
        context.Request.Path = "/api/notes";
        return context;
    }
}
