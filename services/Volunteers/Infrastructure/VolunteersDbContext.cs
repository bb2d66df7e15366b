using HerstelWerk.ServiceDefaults.Data;
using HerstelWerk.ServiceDefaults.Participants;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Volunteers.Infrastructure;

public sealed class VolunteersDbContext(DbContextOptions<VolunteersDbContext> options) : ServiceDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddParticipantProjection();
    }
}
