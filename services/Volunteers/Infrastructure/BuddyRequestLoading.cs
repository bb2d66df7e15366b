using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Volunteers.Infrastructure;

internal static class BuddyRequestLoading
{
    /// <summary>
    /// The open buddy requests a new assignment answers, tracked so it can match them: only an aftercare
    /// buddy's assignment answers them, for the same participant.
    /// </summary>
    public static async Task<IReadOnlyList<BuddyRequest>> AnsweredByAsync(this DbSet<BuddyRequest> requests, Assignment assignment, CancellationToken cancellationToken) =>
        assignment.Role != VolunteerRoles.AftercareBuddy
            ? []
            : await requests.Where(r => r.ParticipantId == assignment.ParticipantId && r.ClosedOn == null && r.BuddyAssignmentId == null).ToListAsync(cancellationToken);

    /// <summary>The buddy requests an assignment answered, tracked so ending it can open them again.</summary>
    public static async Task<IReadOnlyList<BuddyRequest>> MatchedToAsync(this DbSet<BuddyRequest> requests, Guid assignmentId, CancellationToken cancellationToken) =>
        await requests.Where(r => r.BuddyAssignmentId == assignmentId).ToListAsync(cancellationToken);
}
