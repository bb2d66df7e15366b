using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Aftercare.Tests;

public sealed class AftercareEndpointAccessTests(ServiceFixture<Program> service)
    : EndpointAccessTests<Program>(service), IClassFixture<ServiceFixture<Program>>;
