using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain;
using HerstelWerk.SharedDomain.Changes;
using HerstelWerk.SharedDomain.Jobs;
using HerstelWerk.SharedDomain.Participants;
using HerstelWerk.SharedDomain.Progress;
using HerstelWerk.Volunteers.Apis;
using HerstelWerk.Volunteers.Development;
using HerstelWerk.Volunteers.Hours;
using HerstelWerk.Volunteers.Import;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.IntegrationEvents;
using HerstelWerk.Volunteers.Jobs;
using HerstelWerk.Volunteers.Model;
using HerstelWerk.Volunteers.Progress;

namespace HerstelWerk.Volunteers;

/// <summary>The charity's volunteers: screening, prison access, matching and hours.</summary>
internal static class Extensions
{
    public const string ServiceName = "volunteers";
    public const string RoutePrefix = "/api/volunteers";

    /// <summary>Coordinators; a volunteer sees their participants' ids through <c>/api/volunteers/me/assignments</c>.</summary>
    public static readonly string[] ParticipantReaders = [Roles.Coordinator];

    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.AddHerstelWerkService<VolunteersDbContext>(ServiceName, bus =>
        {
            bus.AddParticipantProjection();
            bus.AddConsumer<CourseRunFollower>();
            bus.AddConsumer<SessionHoursRecorder>();
            bus.AddConsumer<AftercareFollower>();
        });

        builder.Services.AddOptions<VogPolicy>().Bind(builder.Configuration.GetSection("Vog"))
            .Validate(p => p.RecheckIntervalMonths is > 0 and <= 120 && p.DueSoonDays is >= 0 and <= 365 && p.CheckEveryMinutes > 0,
                "Vog: RecheckIntervalMonths must be 1-120, DueSoonDays 0-365 and CheckEveryMinutes positive.")
            .ValidateOnStart();
        builder.Services.Configure<HoursSettings>(builder.Configuration.GetSection("Hours"));
        builder.Services.AddAggregate((VolunteersDbContext db, Guid id, CancellationToken ct) => db.LoadVolunteerAsync(id, ct));
        builder.Services.AddScoped<HoursCalculator>();
        builder.Services.AddScoped<VolunteerImporter>();
        builder.Services.AddProgress<VolunteersProgressCalculator>(ServiceName);
        builder.Services.AddScheduledJob<VogRecheckJob>();
    }

    /// <summary>Every Volunteers API, from application to the hours statement.</summary>
    public static void MapApplicationEndpoints(this WebApplication app)
    {
        app.MapParticipantProjectionApi(RoutePrefix, ParticipantReaders);
        app.MapMeApi();
        app.MapVolunteersApi();
        app.MapScreeningApi();
        app.MapMatchingApi();
        app.MapFollowUpApi();
        app.MapHoursApi();
        app.MapImportApi();
        app.MapProgressApi(RoutePrefix, "GetProgress",
            "The year's figures: volunteers who were Active in it (the DJI count) against the 600+ ambition, and today's active volunteers with an overdue VOG.",
            VolunteersProgressCalculator.Definitions, Roles.Coordinator);
        app.MapDevelopmentSeedApi();
    }
}
