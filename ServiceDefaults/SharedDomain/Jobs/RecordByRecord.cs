using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.SharedDomain.Jobs;

/// <summary>How a job's round changes many records: one at a time, each in a save of its own.</summary>
public static class RecordByRecord
{
    /// <summary>
    /// Changes the record behind each key and saves it on its own, so one that lost a race (a coordinator
    /// or another replica changed it meanwhile) is left for the next round instead of failing the rest.
    /// </summary>
    /// <param name="change">Loads and changes one record; false when it had nothing to change.</param>
    /// <param name="saved">Called once a record's change is saved, to log it.</param>
    /// <returns>How many records were changed and saved.</returns>
    public static async Task<int> ChangeEachAsync<TKey>(
        this DbContext db, IEnumerable<TKey> keys, Func<TKey, Task<bool>> change, Action<TKey> saved, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var key in keys)
        {
            try
            {
                if (await change(key))
                {
                    await db.SaveChangesAsync(cancellationToken);
                    changed++;
                    saved(key);
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone else changed it first; the next round looks at it again.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return changed;
    }
}
