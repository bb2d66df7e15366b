using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Messaging.Data;

/// <summary>
/// Lets changes to one subject (a volunteer, a participant) take turns, across consumers, queues and
/// service instances.
/// </summary>
/// <remarks>
/// Several events about one subject often arrive together: a volunteer's screening, training, pass and
/// activation are published within a second, and a seed publishes hundreds at once. Handled in parallel,
/// the first creates the subject's row and the others fail on the duplicate key or the row version.
/// Retrying does not help much, because the retries of colliding messages collide again at the same
/// moments until they run out and wait for the delayed redelivery. A PostgreSQL advisory lock held until
/// the transaction ends makes them wait their turn instead, for a few milliseconds.
/// </remarks>
public static class SubjectTurns
{
    /// <summary>
    /// Runs <paramref name="change"/> while no other change to the same subject runs, then saves and
    /// commits, together with whatever else the context tracks (such as the inbox row of the message).
    /// </summary>
    /// <param name="subject">The kind of subject, so that equal ids of different kinds do not wait for each other.</param>
    /// <param name="change">Loads the subject and changes it, without saving.</param>
    public static async Task InTurnAsync(this DbContext db, string subject, Guid id, Func<Task> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Read-committed statements after the lock see everything the previous holder committed.
        await db.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock(hashtextextended({subject + ":" + id.ToString("N")}, 0))", cancellationToken);
        await change();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
