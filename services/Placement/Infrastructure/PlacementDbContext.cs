using HerstelWerk.ServiceDefaults.Data;
using HerstelWerk.ServiceDefaults.Participants;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Placement.Infrastructure;

public sealed class PlacementDbContext(DbContextOptions<PlacementDbContext> options) : ServiceDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddParticipantProjection();
    }
}
