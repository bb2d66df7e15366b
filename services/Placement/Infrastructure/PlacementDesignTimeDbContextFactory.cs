using HerstelWerk.Messaging.Data;

namespace HerstelWerk.Placement.Infrastructure;

/// <summary>For <c>dotnet ef migrations add</c>.</summary>
internal sealed class PlacementDesignTimeDbContextFactory : DesignTimeDbContextFactory<PlacementDbContext>;
