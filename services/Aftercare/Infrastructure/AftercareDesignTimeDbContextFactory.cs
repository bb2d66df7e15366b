using HerstelWerk.Messaging.Data;

namespace HerstelWerk.Aftercare.Infrastructure;

/// <summary>For <c>dotnet ef migrations add</c>.</summary>
internal sealed class AftercareDesignTimeDbContextFactory : DesignTimeDbContextFactory<AftercareDbContext>;
