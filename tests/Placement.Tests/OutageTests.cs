using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Placement.Tests;

/// <summary>Placement when its database or the broker stops answering or goes away.</summary>
public sealed class PlacementOutageTests(ServiceFixture<Program> service)
    : OutageTests<Program>(service), IClassFixture<ServiceFixture<Program>>;
