using HerstelWerk.Courses.Model;
using HerstelWerk.Messaging.Data;
using HerstelWerk.SharedDomain.Data;
using HerstelWerk.Messaging.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Infrastructure;

public sealed class CoursesDbContext(DbContextOptions<CoursesDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<Facility> Facilities => Set<Facility>();

    public DbSet<CourseType> CourseTypes => Set<CourseType>();

    public DbSet<CourseRun> CourseRuns => Set<CourseRun>();

    public DbSet<VolunteerEligibility> VolunteerEligibility => Set<VolunteerEligibility>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddIdempotentRequests();
    }
}
