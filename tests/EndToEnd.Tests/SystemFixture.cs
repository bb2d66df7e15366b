using HerstelWerk.Testing;

namespace HerstelWerk.EndToEnd.Tests;

/// <summary>The whole system in local mode (see <see cref="LocalSystemFixture{TAppHost}"/>).</summary>
public sealed class SystemFixture : LocalSystemFixture<Projects.AppHost>;
