using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Identity.Tests;

public sealed class IdentityEndpointAccessTests(IdentityFixture service)
    : EndpointAccessTests<Program>(service), IClassFixture<IdentityFixture>;
