using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Participants;
using HerstelWerk.ServiceDefaults.Security;

namespace HerstelWerk.Placement;

/// <summary>Job mediation: from the work-orientation course (CAO) to a job that lasts.</summary>
internal static class Extensions
{
    public const string ServiceName = "placement";
    public const string RoutePrefix = "/api/placement";

    /// <summary>Coordinators, and advisers who need the participant data Placement holds.</summary>
    public static readonly string[] ParticipantReaders = [Roles.Coordinator, Roles.Adviser];

    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.AddHerstelWerkService<PlacementDbContext>(ServiceName, bus => bus.AddParticipantProjection());
    }
}
