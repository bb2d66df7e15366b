using HerstelWerk.Messaging.Data;
using HerstelWerk.Placement.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Placement.Infrastructure;

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.ToTable("candidates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        // One candidate per participant, kept by the database: a referral racing a CAO completion cannot make two.
        builder.HasIndex(c => c.ParticipantId).IsUniqueRule("The participant is already a candidate.");
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.AdviserId).HasMaxLength(100);
        builder.Property(c => c.Talents).HasColumnType("text[]");
        builder.Property(c => c.PreferredSectors).HasColumnType("text[]");
        builder.Property(c => c.Certificates).HasColumnType("text[]");
        builder.Property(c => c.WhatMatters).HasMaxLength(1000);
        builder.Property(c => c.RegionAfterRelease).HasMaxLength(50);
        builder.Property(c => c.OtherRestrictions).HasMaxLength(500);
        builder.Property(c => c.ClosedBecause).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Revision).IsConcurrencyToken();
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.Profile);
        builder.HasIndex(c => c.AdviserId);
    }
}
