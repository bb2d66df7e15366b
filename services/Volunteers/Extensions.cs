using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Participants;
using HerstelWerk.ServiceDefaults.Security;

namespace HerstelWerk.Volunteers;

/// <summary>The charity's volunteers: screening, prison access, matching and hours.</summary>
internal static class Extensions
{
    public const string ServiceName = "volunteers";
    public const string RoutePrefix = "/api/volunteers";

    /// <summary>Coordinators; volunteers get their own participants once assignments exist.</summary>
    public static readonly string[] ParticipantReaders = [Roles.Coordinator];

    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.AddHerstelWerkService<VolunteersDbContext>(ServiceName, bus => bus.AddParticipantProjection());
    }
}
