using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Participants;

namespace HerstelWerk.Placement;

/// <summary>Job mediation: from the work-orientation course (CAO) to a job that lasts.</summary>
internal static class Extensions
{
    public const string ServiceName = "placement";
    public const string RoutePrefix = "/api/placement";

    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.AddHerstelWerkService<PlacementDbContext>(ServiceName, bus => bus.AddParticipantProjection());
    }
}
