using HerstelWerk.Placement.Apis;
using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.IntegrationEvents;
using HerstelWerk.Placement.Jobs;
using HerstelWerk.Placement.Model;
using HerstelWerk.Placement.Progress;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain;
using HerstelWerk.SharedDomain.Changes;
using HerstelWerk.SharedDomain.Jobs;
using HerstelWerk.SharedDomain.Participants;
using HerstelWerk.SharedDomain.Progress;

namespace HerstelWerk.Placement;

/// <summary>Job mediation: from the work-orientation course (CAO) to a job that lasts.</summary>
internal static class Extensions
{
    public const string ServiceName = "placement";
    public const string RoutePrefix = "/api/placement";

    /// <summary>Placement is the advisers' tool; coordinators do everything operational. Both read the participant data Placement holds.</summary>
    public static readonly string[] Staff = [Roles.Coordinator, Roles.Adviser];

    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.AddHerstelWerkService<PlacementDbContext>(ServiceName, bus =>
        {
            bus.AddParticipantProjection();
            bus.AddConsumer<CaoCompletionFollower>();
            bus.AddConsumer<ParticipantStopFollower>();
        });

        builder.Services.AddAggregate((PlacementDbContext db, Guid id, CancellationToken ct) => db.LoadCandidateAsync(id, ct));
        builder.Services.AddAggregate((PlacementDbContext db, Guid id, CancellationToken ct) => db.LoadPlacementAsync(id, ct));
        builder.Services.AddAggregate((PlacementDbContext db, Guid id, CancellationToken ct) => db.LoadEmployerAsync(id, ct));
        builder.Services.AddAggregate((PlacementDbContext db, Guid id, CancellationToken ct) => db.LoadVacancyAsync(id, ct));
        // A visit changes only for one of its candidates (their outcome), so it is found through them: 404 for a candidate not on its list.
        builder.Services.AddAggregate((PlacementDbContext db, (Guid VisitId, Guid CandidateId) attendee, CancellationToken ct) =>
            db.LoadVisitOfAsync(attendee.VisitId, attendee.CandidateId, ct));

        builder.Services.AddOptions<RetentionPolicy>().Bind(builder.Configuration.GetSection("Retention"))
            .Validate(p => p.Months is > 0 and <= 36 && p.CheckEveryMinutes > 0, "Retention: Months must be 1-36 and CheckEveryMinutes positive.")
            .ValidateOnStart();
        builder.Services.AddProgress<PlacementProgressCalculator>(ServiceName);
        builder.Services.AddScheduledJob<RetentionCheckJob>();
    }

    /// <summary>Every Placement API, from candidate to the yearly figures.</summary>
    public static void MapApplicationEndpoints(this WebApplication app)
    {
        app.MapParticipantProjectionApi(RoutePrefix, Staff);
        app.MapCandidatesApi();
        app.MapEmployersApi();
        app.MapVacanciesApi();
        app.MapMatchingApi();
        app.MapPlacementsApi();
        app.MapVisitsApi();
        app.MapProgressApi(RoutePrefix, "GetProgress",
            "A year's mediation figures against the charity's targets, in total, per facility (where the candidate was held when the job started) and per month.",
            PlacementProgressCalculator.Definitions, Staff);
    }
}
