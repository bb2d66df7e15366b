using HerstelWerk.Messaging.Data;

namespace HerstelWerk.Courses.Infrastructure;

/// <summary>For <c>dotnet ef migrations add</c>.</summary>
internal sealed class CoursesDesignTimeDbContextFactory : DesignTimeDbContextFactory<CoursesDbContext>;
