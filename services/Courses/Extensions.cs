using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.ServiceDefaults;

namespace HerstelWerk.Courses;

internal static class Extensions
{
    public const string ServiceName = "courses";

    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        // Courses owns the participant record and publishes what the others follow; it consumes nothing yet.
        builder.AddHerstelWerkService<CoursesDbContext>(ServiceName, addConsumers: _ => { });
    }
}
