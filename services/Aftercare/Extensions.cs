using HerstelWerk.Aftercare.Apis;
using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Aftercare.IntegrationEvents;
using HerstelWerk.Aftercare.Jobs;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.Aftercare.Progress;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain;
using HerstelWerk.SharedDomain.Changes;
using HerstelWerk.SharedDomain.Jobs;
using HerstelWerk.SharedDomain.Participants;
using HerstelWerk.SharedDomain.Progress;

namespace HerstelWerk.Aftercare;

/// <summary>Aftercare: at least six months of support after release, for the ex-prisoner and the employer.</summary>
internal static class Extensions
{
    public const string ServiceName = "aftercare";
    public const string RoutePrefix = "/api/aftercare";

    /// <summary>The professionals, who see and do everything operational in Aftercare.</summary>
    public static readonly string[] Staff = [Roles.Coordinator];

    /// <summary>
    /// Staff, and volunteers for the trajectories they are the aftercare buddy of: every change checks that on
    /// the record (<see cref="TrajectoryAccess"/>), and so does every read.
    /// </summary>
    public static readonly string[] StaffAndBuddies = [Roles.Coordinator, Roles.Volunteer];

    /// <summary>Staff; a buddy reads their own participants' trajectories under <c>/api/aftercare/me/trajectories</c>.</summary>
    public static readonly string[] ParticipantReaders = Staff;

    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.AddHerstelWerkService<AftercareDbContext>(ServiceName, bus =>
        {
            bus.AddParticipantProjection();
            // Distinct names from the shared projectors: each gets its own queue for the same events.
            bus.AddConsumer<ReleaseTrajectoryOpener>();
            bus.AddConsumer<ConsentWithdrawalStopper>();
            bus.AddConsumer<TrajectoryEraser>();
            bus.AddConsumer<BuddyFollower>();
            bus.AddConsumer<EmploymentFollower>();
        });

        builder.Services.AddOptions<AftercarePolicy>().Bind(builder.Configuration.GetSection("Aftercare"))
            .Validate(p => p.IsValid, "Aftercare: months must be 0-36 (planned 1-36), days between contacts 1-365 and CheckEveryMinutes positive.")
            .ValidateOnStart();
        builder.Services.AddAggregate((AftercareDbContext db, Guid id, CancellationToken cancellationToken) => db.LoadTrajectoryAsync(id, cancellationToken));
        builder.Services.AddChangeAccess<Trajectory, TrajectoryAccess>();
        builder.Services.AddScoped<TrajectoryViews>();
        builder.Services.AddProgress<AftercareProgressCalculator>(ServiceName);
        builder.Services.AddScheduledJob<ContactOverdueJob>();
    }

    /// <summary>Every Aftercare API, from opening a trajectory to the year's figures.</summary>
    public static void MapApplicationEndpoints(this WebApplication app)
    {
        app.MapParticipantProjectionApi(RoutePrefix, ParticipantReaders);
        app.MapTrajectoriesApi();
        app.MapContactsApi();
        app.MapOverdueApi();
        app.MapMeApi();
        app.MapProgressApi(RoutePrefix, "GetProgress",
            "The year's aftercare figures, against the target where there is one, in total, per facility of release and per month.",
            AftercareProgressCalculator.Definitions, Staff);
    }
}
