using HerstelWerk.ServiceDefaults.Data;
using HerstelWerk.ServiceDefaults.Participants;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Aftercare.Infrastructure;

public sealed class AftercareDbContext(DbContextOptions<AftercareDbContext> options) : ServiceDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddParticipantProjection();
    }
}
