using HerstelWerk.Courses.Apis;
using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.IntegrationEvents;
using HerstelWerk.Courses.Progress;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.SharedDomain;
using HerstelWerk.SharedDomain.Progress;

namespace HerstelWerk.Courses;

internal static class Extensions
{
    public const string ServiceName = "courses";

    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        // Courses owns the participant record and publishes what the others follow. It listens to
        // Volunteers only to know who may train where.
        builder.AddHerstelWerkService<CoursesDbContext>(ServiceName, bus => bus.AddConsumer<VolunteerEligibilityProjector>());

        builder.Services.Configure<Dictionary<string, YearTargets>>(builder.Configuration.GetSection("Targets"));
        builder.Services.AddScoped<ProgressCalculator>();
        builder.Services.AddProgressGauges<CoursesProgressFigures>(ServiceName);
    }

    /// <summary>Every Courses API, from intake to the yearly figures.</summary>
    public static void MapApplicationEndpoints(this WebApplication app)
    {
        app.MapParticipantsApi();
        app.MapParticipantMovesApi();
        app.MapConsentsApi();
        app.MapFacilitiesApi();
        app.MapCoursesCatalogApi();
        app.MapEnrolmentsApi();
        app.MapTrainersApi();
        app.MapProgressApi();
        app.MapReportsApi();
    }
}
