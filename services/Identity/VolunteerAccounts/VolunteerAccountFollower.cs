using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Identity.Infrastructure;
using HerstelWerk.Messaging.Data;
using MassTransit;

namespace HerstelWerk.Identity.VolunteerAccounts;

/// <summary>
/// Volunteers' accounts follow Volunteers' events, never a hand: a sign-in request (an Active volunteer
/// and their address) makes or updates the account and has it invited; a deactivation disables it and
/// revokes its tokens at once; a new activation enables it again. Each event about one volunteer takes
/// its turn, and the inbox makes a redelivered one change nothing.
/// </summary>
public sealed class VolunteerAccountFollower(IdentityDb db, VolunteerAccountReconciler reconciler, ILogger<VolunteerAccountFollower> logger) :
    IConsumer<VolunteerSignInRequestedV1>,
    IConsumer<VolunteerActivatedV1>,
    IConsumer<VolunteerDeactivatedV1>
{
    private const string Subject = "volunteer-account";

    public Task Consume(ConsumeContext<VolunteerSignInRequestedV1> context) =>
        FollowAsync(context.Message.VolunteerId, context.MessageId, volunteer => volunteer.ApplyEmail(context.Message.Revision, context.Message.Email), context.CancellationToken);

    public Task Consume(ConsumeContext<VolunteerActivatedV1> context) =>
        FollowAsync(context.Message.VolunteerId, context.MessageId, volunteer => volunteer.Apply(context.Message.Revision, active: true), context.CancellationToken);

    public Task Consume(ConsumeContext<VolunteerDeactivatedV1> context) =>
        FollowAsync(context.Message.VolunteerId, context.MessageId, volunteer => volunteer.Apply(context.Message.Revision, active: false), context.CancellationToken);

    private Task FollowAsync(Guid volunteerId, Guid? messageId, Func<VolunteerSignIn, bool> apply, CancellationToken cancellationToken) =>
        db.InTurnAsync(Subject, volunteerId, async () =>
        {
            var volunteer = await db.VolunteerSignIns.FindAsync([volunteerId], cancellationToken);
            if (volunteer is null)
            {
                db.VolunteerSignIns.Add(volunteer = new VolunteerSignIn(volunteerId));
            }

            if (apply(volunteer))
            {
                await reconciler.MatchAsync(volunteer, cancellationToken);
            }

            logger.LogInformation("Volunteer {VolunteerId} at revision {Revision}, from message {MessageId}", volunteerId, volunteer.Revision, messageId);
        }, cancellationToken);
}
