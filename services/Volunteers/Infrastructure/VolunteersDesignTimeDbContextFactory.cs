using HerstelWerk.Messaging.Data;

namespace HerstelWerk.Volunteers.Infrastructure;

/// <summary>For <c>dotnet ef migrations add</c>.</summary>
internal sealed class VolunteersDesignTimeDbContextFactory : DesignTimeDbContextFactory<VolunteersDbContext>;
