using Xunit;

namespace HerstelWerk.EndToEnd.Tests;

/// <summary>
/// One running system for all end-to-end test classes: they run one after another against it, because
/// starting the AppHost takes most of a minute and two at once would compete for its ports.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "system";
}
