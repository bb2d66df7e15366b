using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults;
using MassTransit;

namespace HerstelWerk.Courses.IntegrationEvents;

/// <summary>
/// Keeps Courses' view of which volunteers may train where, from Volunteers' events. Trainer
/// assignment checks against it, so the check works as soon as Volunteers publishes. A fact that can
/// end someone's fitness (they stopped, a facility withdrew their pass) takes them off the unfinished
/// runs they can no longer give; finished runs keep them, since the sessions they gave stay theirs.
/// Each run's <c>CourseRunTrainersChangedV1</c> puts it back on Volunteers' list of runs needing trainers.
/// </summary>
public sealed class VolunteerEligibilityProjector(CoursesDbContext db, BusinessClock clock, ILogger<VolunteerEligibilityProjector> logger) :
    IConsumer<VolunteerActivatedV1>,
    IConsumer<VolunteerDeactivatedV1>,
    IConsumer<VolunteerAdmittedToFacilityV1>,
    IConsumer<VolunteerAdmissionRevokedV1>,
    IConsumer<VolunteerQualifiedV1>,
    IConsumer<VolunteerVogIssuedV1>
{
    public Task Consume(ConsumeContext<VolunteerActivatedV1> context) =>
        ApplyAsync(context, context.Message.VolunteerId, v => v.Apply(context.Message));

    public Task Consume(ConsumeContext<VolunteerDeactivatedV1> context) =>
        ApplyAsync(context, context.Message.VolunteerId, v => v.Apply(context.Message), checkRuns: true);

    public Task Consume(ConsumeContext<VolunteerAdmittedToFacilityV1> context) =>
        ApplyAsync(context, context.Message.VolunteerId, v => v.Apply(context.Message));

    public Task Consume(ConsumeContext<VolunteerAdmissionRevokedV1> context) =>
        ApplyAsync(context, context.Message.VolunteerId, v => v.Apply(context.Message),
            checkRuns: true, atFacility: context.Message.FacilityId);

    public Task Consume(ConsumeContext<VolunteerVogIssuedV1> context) =>
        ApplyAsync(context, context.Message.VolunteerId, v => v.Apply(context.Message));

    public Task Consume(ConsumeContext<VolunteerQualifiedV1> context) =>
        ApplyAsync(context, context.Message.VolunteerId, v => v.Apply(context.Message));

    /// <param name="checkRuns">
    /// Set for facts that can end someone's fitness to train: afterwards, runs they can no longer give
    /// (at <paramref name="atFacility"/>, or anywhere) lose them as trainer.
    /// </param>
    private async Task ApplyAsync(
        ConsumeContext context, Guid volunteerId, Action<VolunteerEligibility> change, bool checkRuns = false, string? atFacility = null)
    {
        var withdrawn = 0;
        // Volunteers publishes a new volunteer's facts within a second of each other: they take turns.
        await db.InTurnAsync("volunteer", volunteerId, async () =>
        {
            var volunteer = await db.VolunteerEligibility.FindAsync([volunteerId], context.CancellationToken);
            if (volunteer is null)
            {
                volunteer = new VolunteerEligibility(volunteerId);
                db.VolunteerEligibility.Add(volunteer);
            }

            change(volunteer);
            if (checkRuns && !volunteer.MayStillTrainAt(atFacility, clock.Today))
            {
                // An inactive volunteer gives no run anywhere; an active one only loses the facility's.
                var runs = await db.RunsStillTrainedByAsync(volunteerId, volunteer.IsActive ? atFacility : null, context.CancellationToken);
                runs.ForEach(run => run.RemoveTrainer(volunteerId, clock.Now));
                withdrawn = runs.Count;
            }
        }, context.CancellationToken);
        logger.LogInformation("Updated trainer eligibility of volunteer {VolunteerId} from message {MessageId}; taken off {RunCount} runs",
            volunteerId, context.MessageId, withdrawn);
    }
}
