using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using HerstelWerk.Messaging.Data;
using MassTransit;

namespace HerstelWerk.Courses.IntegrationEvents;

/// <summary>
/// Keeps Courses' view of which volunteers may train where, from Volunteers' events. Trainer
/// assignment checks against it, so the check works as soon as Volunteers publishes.
/// </summary>
public sealed class VolunteerEligibilityProjector(CoursesDbContext db, TimeProvider time, ILogger<VolunteerEligibilityProjector> logger) :
    IConsumer<VolunteerActivatedV1>,
    IConsumer<VolunteerDeactivatedV1>,
    IConsumer<VolunteerAdmittedToFacilityV1>,
    IConsumer<VolunteerAdmissionRevokedV1>,
    IConsumer<VolunteerQualifiedV1>,
    IConsumer<VolunteerVogIssuedV1>
{
    public Task Consume(ConsumeContext<VolunteerActivatedV1> context) =>
        ApplyAsync(context, context.Message.VolunteerId, v => v.SetActive(true, context.Message.Revision));

    public Task Consume(ConsumeContext<VolunteerDeactivatedV1> context) =>
        ApplyAsync(context, context.Message.VolunteerId, v => v.SetActive(false, context.Message.Revision), withdrawal: new TrainerCheck(FacilityId: null));

    public Task Consume(ConsumeContext<VolunteerAdmittedToFacilityV1> context) =>
        ApplyAsync(context, context.Message.VolunteerId, v => v.SetAdmission(context.Message.FacilityId, admitted: true, context.Message.AccessEndsOn, context.Message.Revision));

    public Task Consume(ConsumeContext<VolunteerAdmissionRevokedV1> context) =>
        ApplyAsync(context, context.Message.VolunteerId, v => v.SetAdmission(context.Message.FacilityId, admitted: false, endsOn: null, context.Message.Revision),
            withdrawal: new TrainerCheck(context.Message.FacilityId));

    public Task Consume(ConsumeContext<VolunteerVogIssuedV1> context) =>
        ApplyAsync(context, context.Message.VolunteerId, v => v.SetVog(context.Message.RecheckDueOn, context.Message.Revision));

    public Task Consume(ConsumeContext<VolunteerQualifiedV1> context) =>
        ApplyAsync(context, context.Message.VolunteerId, v => v.Qualify(context.Message.Role));

    /// <param name="withdrawal">
    /// Set for facts that can end someone's fitness to train: afterwards, runs they can no longer give
    /// lose them as trainer.
    /// </param>
    private async Task ApplyAsync(ConsumeContext context, Guid volunteerId, Action<VolunteerEligibility> change, TrainerCheck? withdrawal = null)
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
            if (withdrawal is not null)
            {
                withdrawn = await db.WithdrawUnfitTrainerAsync(volunteer, withdrawal.FacilityId, time, context.CancellationToken);
            }
        }, context.CancellationToken);
        logger.LogInformation("Updated trainer eligibility of volunteer {VolunteerId} from message {MessageId}; taken off {RunCount} runs",
            volunteerId, context.MessageId, withdrawn);
    }
}

/// <summary>Which of a volunteer's runs a fact may cost them: those at one facility, or (null) everywhere.</summary>
internal sealed record TrainerCheck(string? FacilityId);
