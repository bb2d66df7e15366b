using System.Security.Claims;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>
/// Who is calling, as far as a trajectory is concerned: staff (coordinators) see and do everything; a
/// volunteer only what concerns their own trajectories, by the token's <c>volunteer_id</c> claim.
/// </summary>
public sealed record Caller(bool IsStaff, Guid? VolunteerId, string Subject)
{
    public static Caller From(ClaimsPrincipal user) => new(
        user.IsInRole(Roles.Coordinator),
        Guid.TryParse(user.FindFirstValue(HerstelWerkClaims.VolunteerId), out var id) ? id : null,
        user.FindFirstValue(HerstelWerkClaims.Subject) ?? "unknown");

    public bool IsBuddyOf(Trajectory trajectory) => VolunteerId is { } id && trajectory.BuddyVolunteerId == id;

    public bool MayChange(Trajectory trajectory) => IsStaff || IsBuddyOf(trajectory);

    /// <summary>Notes are for the trajectory's buddy and staff, and for no one once consent is withdrawn.</summary>
    public bool MayReadNotesOf(Trajectory trajectory) => trajectory.ConsentWithdrawnOn is null && MayChange(trajectory);

    public ContactAuthor AsAuthor => new(IsStaff ? null : VolunteerId, Subject);

    public static ProblemHttpResult NotTheBuddy() => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
        title: "Only the trajectory's buddy and staff.", detail: "A volunteer sees and changes only the trajectories they are the aftercare buddy of.");
}
