using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Placement.Tests;

public sealed class PlacementEndpointAccessTests(ServiceFixture<Program> service)
    : EndpointAccessTests<Program>(service), IClassFixture<ServiceFixture<Program>>;
