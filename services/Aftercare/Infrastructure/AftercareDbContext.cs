using HerstelWerk.Aftercare.Model;
using HerstelWerk.SharedDomain.Data;
using HerstelWerk.SharedDomain.Participants;
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
