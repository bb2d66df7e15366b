using HerstelWerk.ServiceDefaults.Outbox;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.IntegrationEvents;

internal static class VolunteerEventStaging
{
    /// <summary>Stages the events the volunteer raised in the outbox; they commit with the next save.</summary>
    public static void StageEventsOf(this VolunteersDbContext db, Volunteer volunteer, TimeProvider time)
    {
        foreach (var integrationEvent in volunteer.TakeEvents())
        {
            db.PublishOnCommit(integrationEvent, time);
        }
    }
}
