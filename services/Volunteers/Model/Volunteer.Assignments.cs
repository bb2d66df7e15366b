using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.SharedDomain.Participants;

namespace HerstelWerk.Volunteers.Model;

/// <summary>Assignments to participants, within capacity and screening.</summary>
public sealed partial class Volunteer
{
    /// <summary>
    /// Null when the volunteer can take a new participant in <paramref name="role"/> on <paramref name="day"/>
    /// (at <paramref name="facilityId"/>, for a role worked inside); otherwise why not.
    /// </summary>
    public string? WhyNotAssignable(string role, string? facilityId, VogPolicy policy, DateOnly day) =>
        Status != VolunteerStatus.Active ? $"The volunteer is {Status}, not Active."
        : VogStandingOn(policy, day) == VogStanding.Overdue ? $"The VOG re-check was due on {VogDueOn(policy):yyyy-MM-dd}."
        : !Roles.Contains(role) ? $"The volunteer is not trained as {role}."
        : FreeSlots == 0 ? $"The volunteer is full: {OpenAssignments} of {Capacity} places taken."
        : VolunteerRoles.IsInsideFacility(role) && (facilityId is null || !HasAccessOn(facilityId, day))
            ? $"The volunteer has no valid access pass for {facilityId ?? "the participant's facility"}."
        : null;

    public Assignment Assign(ParticipantProjection participant, string role, DateOnly startsOn, VogPolicy policy, DateTimeOffset now)
    {
        var participantProblem = participant.ErasedAt is not null ? "The participant's data was erased."
            : participant.ConsentWithdrawnOn is not null ? "The participant withdrew consent; no new work starts for them."
            : VolunteerRoles.IsInsideFacility(role) && participant.ReleasedOn is not null ? $"The participant was released; {role} is worked inside a facility."
            : null;
        var reason = participantProblem ?? WhyNotAssignable(role, participant.FacilityId, policy, startsOn);
        if (reason is not null)
        {
            throw new VolunteerRuleException($"The volunteer cannot be assigned: {reason}");
        }

        if (Assignments.Any(a => a.IsOpen && a.ParticipantId == participant.ParticipantId && a.Role == role))
        {
            throw new VolunteerRuleException($"The volunteer is already assigned to this participant as {role}.");
        }

        var assignment = new Assignment(Guid.CreateVersion7(now), participant.ParticipantId, role, startsOn);
        Assignments.Add(assignment);
        Revision++;
        Raise(new VolunteerAssignedV1
        {
            EventId = Guid.CreateVersion7(now), OccurredAt = now, AssignmentId = assignment.Id, VolunteerId = Id,
            ParticipantId = participant.ParticipantId, Role = role, StartedOn = startsOn,
        });
        return assignment;
    }

    public Assignment EndAssignment(Guid assignmentId, DateOnly on, DateTimeOffset now)
    {
        var assignment = Assignments.SingleOrDefault(a => a.Id == assignmentId && a.IsOpen)
            ?? throw new VolunteerRuleException($"The volunteer has no open assignment {assignmentId}.");
        assignment.End(on);
        Revision++;
        Raise(new VolunteerAssignmentEndedV1
        {
            EventId = Guid.CreateVersion7(now), OccurredAt = now, AssignmentId = assignment.Id, VolunteerId = Id,
            ParticipantId = assignment.ParticipantId, Role = assignment.Role, EndedOn = on,
        });
        return assignment;
    }
}
