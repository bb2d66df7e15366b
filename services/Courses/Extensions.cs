using HerstelWerk.Courses.Apis;
using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.IntegrationEvents;
using HerstelWerk.Courses.Model;
using HerstelWerk.Courses.Progress;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain;
using HerstelWerk.SharedDomain.Changes;
using HerstelWerk.SharedDomain.Progress;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses;

internal static class Extensions
{
    public const string ServiceName = "courses";
    public const string RoutePrefix = "/api/courses";

    /// <summary>Staff who read the reference data (facilities, course types): coordinators, advisers and admins.</summary>
    public static readonly string[] Staff = [Roles.Coordinator, Roles.Adviser, Roles.Admin];

    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        // Courses owns the participant record and publishes what the others follow. It listens to
        // Volunteers only to know who may train where.
        builder.AddHerstelWerkService<CoursesDbContext>(ServiceName, bus => bus.AddConsumer<VolunteerEligibilityProjector>());

        // What the change pipeline loads for each kind of record the APIs change.
        builder.Services.AddAggregate((CoursesDbContext db, Guid id, CancellationToken ct) => db.LoadParticipantAsync(id, ct));
        builder.Services.AddAggregate((CoursesDbContext db, Guid id, CancellationToken ct) => db.LoadRunAsync(id, ct));
        builder.Services.AddAggregate((CoursesDbContext db, string id, CancellationToken ct) => db.Facilities.SingleOrDefaultAsync(f => f.Id == id, ct));
        builder.Services.AddAggregate((CoursesDbContext db, string id, CancellationToken ct) => db.CourseTypes.SingleOrDefaultAsync(t => t.Id == id, ct));

        builder.Services.AddProgress<CoursesProgressCalculator>(ServiceName);
    }

    /// <summary>Every Courses API, from intake to the yearly figures.</summary>
    public static void MapApplicationEndpoints(this WebApplication app)
    {
        app.MapParticipantsApi();
        app.MapParticipantMovesApi();
        app.MapConsentsApi();
        app.MapFacilitiesApi();
        app.MapCourseTypesApi();
        app.MapCourseRunsApi();
        app.MapEnrolmentsApi();
        app.MapParticipantEnrolmentsApi();
        app.MapTrainersApi();
        app.MapProgressApi(RoutePrefix, "GetProgress", "This year's figures against the charity's targets, in total, per facility and per month.",
            CoursesProgressCalculator.All, Roles.Coordinator);
        app.MapReportsApi();
    }
}
