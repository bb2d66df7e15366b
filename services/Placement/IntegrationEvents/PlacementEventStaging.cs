using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults.Outbox;

namespace HerstelWerk.Placement.IntegrationEvents;

internal static class PlacementEventStaging
{
    /// <summary>Stages the events an aggregate raised in the outbox; they commit with the next save.</summary>
    public static void StageEventsOf(this PlacementDbContext db, EventSource source, TimeProvider time)
    {
        foreach (var integrationEvent in source.TakeEvents())
        {
            db.PublishOnCommit(integrationEvent, time);
        }
    }
}
