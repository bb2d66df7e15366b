using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.ServiceDefaults.Outbox;

namespace HerstelWerk.Aftercare.IntegrationEvents;

internal static class TrajectoryEventStaging
{
    /// <summary>Stages the events the trajectory raised in the outbox; they commit with the next save.</summary>
    public static void StageEventsOf(this AftercareDbContext db, Trajectory trajectory, TimeProvider time)
    {
        foreach (var integrationEvent in trajectory.TakeEvents())
        {
            db.PublishOnCommit(integrationEvent, time);
        }
    }
}
