using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Volunteers.Tests;

public sealed class VolunteersEndpointAccessTests(ServiceFixture<Program> service)
    : EndpointAccessTests<Program>(service), IClassFixture<ServiceFixture<Program>>;
