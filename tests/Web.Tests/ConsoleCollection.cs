using Xunit;

namespace HerstelWerk.Web.Tests;

/// <summary>One running system and browser for every browser test class, one class after another.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "console";
}
