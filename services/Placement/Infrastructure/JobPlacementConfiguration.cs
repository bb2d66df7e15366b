using HerstelWerk.Messaging.Data;
using HerstelWerk.Placement.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Placement.Infrastructure;

internal sealed class JobPlacementConfiguration : IEntityTypeConfiguration<JobPlacement>
{
    public void Configure(EntityTypeBuilder<JobPlacement> builder)
    {
        builder.ToTable("placements");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.FacilityIdAtStart).HasMaxLength(50);
        builder.Property(p => p.EmploymentEndReason).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ClosedReason).HasConversion<string>().HasMaxLength(20);
        // Two advisers moving one pipeline at once: one save fails (409) instead of both succeeding.
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.Ignore(p => p.IsOpen);
        builder.Ignore(p => p.AwaitsRetentionConfirmation);
        // One running pipeline per candidate and vacancy; a finished one may be followed by a new one.
        builder.HasIndex(p => new { p.CandidateId, p.VacancyId })
            .IsUniqueRule("A pipeline for this candidate and vacancy is already running.")
            .HasFilter("stage NOT IN ('EmploymentEnded', 'Closed')");
        builder.HasIndex(p => p.VacancyId);
        builder.HasIndex(p => p.StartedOn);
        builder.HasIndex(p => p.RetentionCheckDueOn);
        builder.HasOne<Candidate>().WithMany().HasForeignKey(p => p.CandidateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(p => p.VacancyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.History).WithOne().HasForeignKey(c => c.PlacementId).OnDelete(DeleteBehavior.Cascade);
    }
}
