using HerstelWerk.Messaging.Data;
using HerstelWerk.SharedDomain.Data;
using HerstelWerk.Messaging.Idempotency;
using HerstelWerk.SharedDomain.Participants;
using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Volunteers.Infrastructure;

public sealed class VolunteersDbContext(DbContextOptions<VolunteersDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Volunteer> Volunteers => Set<Volunteer>();

    public DbSet<VolunteerActivity> Activities => Set<VolunteerActivity>();

    public DbSet<CourseRun> CourseRuns => Set<CourseRun>();

    public DbSet<BuddyRequest> BuddyRequests => Set<BuddyRequest>();

    public DbSet<ParticipantProjection> Participants => Set<ParticipantProjection>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddParticipantProjection();
        modelBuilder.AddIdempotentRequests();
    }
}
