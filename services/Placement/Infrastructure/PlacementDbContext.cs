using HerstelWerk.Messaging.Data;
using HerstelWerk.Placement.Model;
using HerstelWerk.SharedDomain.Data;
using HerstelWerk.SharedDomain.Participants;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Placement.Infrastructure;

public sealed class PlacementDbContext(DbContextOptions<PlacementDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Candidate> Candidates => Set<Candidate>();

    public DbSet<Employer> Employers => Set<Employer>();

    public DbSet<Vacancy> Vacancies => Set<Vacancy>();

    public DbSet<JobPlacement> Placements => Set<JobPlacement>();

    public DbSet<EmployerVisit> Visits => Set<EmployerVisit>();

    public DbSet<ParticipantProjection> Participants => Set<ParticipantProjection>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddParticipantProjection();
    }
}
