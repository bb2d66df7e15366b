using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.ServiceDefaults;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>A trajectory as its reader sees it on the business date, with the jobs Placement reported during it.</summary>
public sealed class TrajectoryViews(AftercareDbContext db, BusinessClock clock)
{
    public async Task<TrajectoryDto> DetailAsync(Trajectory trajectory, CancellationToken cancellationToken) =>
        TrajectoryDto.From(trajectory, await db.EmploymentsDuringAsync(trajectory, cancellationToken), clock.Today);
}
