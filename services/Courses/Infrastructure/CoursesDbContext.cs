using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Infrastructure;

public sealed class CoursesDbContext(DbContextOptions<CoursesDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Participant> Participants => Set<Participant>();
}
