using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Volunteers.Infrastructure;

/// <summary>A volunteer's assignments to participants.</summary>
internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.ToTable("assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Role).HasMaxLength(30);
        builder.Ignore(a => a.IsOpen);
        builder.HasIndex(a => a.ParticipantId);
    }
}
