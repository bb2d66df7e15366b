using Microsoft.EntityFrameworkCore.Migrations;

namespace HerstelWerk.Messaging.Outbox;

/// <summary>
/// The part of the outbox schema EF cannot express: a commit-order stamp. Every service's first
/// migration calls <see cref="AddOutboxCommitOrdering"/> right after EF creates the tables.
/// </summary>
public static class OutboxSchema
{
    public const string Table = "outbox_messages";

    /// <summary>Arbitrary constant shared by all services; each service has its own database.</summary>
    internal const long CommitLockKey = 0x4857_4F42; // "HWOB"

    /// <summary>
    /// A deferred constraint trigger runs while a transaction commits. It takes a transaction-level
    /// advisory lock, so writers pass this point one at a time, and stamps each new row with the next
    /// sequence value. The lock is released only after the commit became visible, so a reader never sees
    /// sequence n+1 without n: ordering by the stamp is commit order, and no row can appear behind one
    /// that was already published.
    /// </summary>
    public static void AddOutboxCommitOrdering(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"""
            CREATE SEQUENCE outbox_commit_sequence;

            CREATE FUNCTION outbox_stamp_commit_sequence() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_advisory_xact_lock({CommitLockKey});
                UPDATE {Table} SET commit_sequence = nextval('outbox_commit_sequence') WHERE id = NEW.id;
                RETURN NULL;
            END
            $$;

            CREATE CONSTRAINT TRIGGER outbox_commit_order
                AFTER INSERT ON {Table}
                DEFERRABLE INITIALLY DEFERRED
                FOR EACH ROW EXECUTE FUNCTION outbox_stamp_commit_sequence();
            """);
    }

    public static void DropOutboxCommitOrdering(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"""
            DROP TRIGGER IF EXISTS outbox_commit_order ON {Table};
            DROP FUNCTION IF EXISTS outbox_stamp_commit_sequence();
            DROP SEQUENCE IF EXISTS outbox_commit_sequence;
            """);
    }
}
