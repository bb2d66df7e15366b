using System.Security.Claims;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.SharedDomain.Changes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>
/// Who may change a trajectory, for every change through the pipeline: staff, and the volunteer who is its
/// aftercare buddy now. The endpoints admit volunteers by role; this narrows them to their own trajectories.
/// </summary>
internal sealed class TrajectoryAccess : IChangeAccess<Trajectory>
{
    public ProblemHttpResult? Refuse(Trajectory trajectory, ClaimsPrincipal user) =>
        Caller.From(user).MayChange(trajectory) ? null : Caller.NotTheBuddy();
}
