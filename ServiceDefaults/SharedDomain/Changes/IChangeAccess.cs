using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HerstelWerk.SharedDomain.Changes;

/// <summary>
/// Who may change one kind of aggregate beyond the endpoint's roles, judged on the loaded record (a
/// volunteer changes only the trajectories they are the buddy of). Registered once, it applies to every
/// change of that kind through <see cref="Changes{TAggregate}"/>.
/// </summary>
public interface IChangeAccess<in TAggregate>
{
    /// <summary>Null when <paramref name="user"/> may change <paramref name="aggregate"/>; otherwise the answer (a 403).</summary>
    ProblemHttpResult? Refuse(TAggregate aggregate, ClaimsPrincipal user);
}
