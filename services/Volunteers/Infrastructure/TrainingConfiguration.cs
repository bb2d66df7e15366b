using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Volunteers.Infrastructure;

/// <summary>A volunteer's completed trainings.</summary>
internal sealed class TrainingConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> builder)
    {
        builder.ToTable("trainings");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Training).HasMaxLength(200);
        builder.Property(t => t.QualifiesFor).HasMaxLength(30);
    }
}
