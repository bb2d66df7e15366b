using HerstelWerk.Messaging.Data;
using HerstelWerk.SharedDomain.Data;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Messaging.Tests;

public sealed class NotesDbContext(DbContextOptions<NotesDbContext> options) : ServiceDbContext(options)
{
    public const string OneTitle = "A note with this title exists already.";

    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<NoteLine>().ToTable("note_lines");
        modelBuilder.Entity<Note>(note =>
        {
            note.ToTable("notes");
            note.Property(n => n.Revision).IsConcurrencyToken();
            note.HasIndex(n => n.Title).IsUniqueRule(OneTitle);
            note.HasMany(n => n.Lines).WithOne().HasForeignKey(l => l.NoteId);
        });
    }
}
