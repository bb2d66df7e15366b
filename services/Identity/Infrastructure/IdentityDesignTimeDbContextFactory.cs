using HerstelWerk.Messaging.Data;

namespace HerstelWerk.Identity.Infrastructure;

/// <summary>For <c>dotnet ef migrations add</c>.</summary>
internal sealed class IdentityDesignTimeDbContextFactory : DesignTimeDbContextFactory<IdentityDb>;
