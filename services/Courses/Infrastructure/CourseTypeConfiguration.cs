using HerstelWerk.Courses.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Courses.Infrastructure;

internal sealed class CourseTypeConfiguration : IEntityTypeConfiguration<CourseType>
{
    public void Configure(EntityTypeBuilder<CourseType> builder)
    {
        builder.ToTable("course_types");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(50);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.OnlyFormat).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.TrainerRole).HasMaxLength(30);
        builder.Property<uint>("xmin").IsRowVersion();
        builder.HasData(CourseTypeSeed.CourseTypes.Select(t => new
        {
            t.Id, t.Name, t.OnlyFormat, t.MinimumSessions, t.MaximumSessions, t.MaximumGroupSize, t.SessionsToComplete, t.TrainerRole,
        }));
    }
}
