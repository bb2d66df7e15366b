using HerstelWerk.Aftercare.Model;
using HerstelWerk.ServiceDefaults.Data;
using HerstelWerk.ServiceDefaults.Participants;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Aftercare.Infrastructure;

public sealed class AftercareDbContext(DbContextOptions<AftercareDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Trajectory> Trajectories => Set<Trajectory>();

    public DbSet<ContactEntry> Contacts => Set<ContactEntry>();

    public DbSet<BuddyAssignment> BuddyAssignments => Set<BuddyAssignment>();

    public DbSet<Employment> Employments => Set<Employment>();

    public DbSet<ParticipantProjection> Participants => Set<ParticipantProjection>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddParticipantProjection();
    }
}
