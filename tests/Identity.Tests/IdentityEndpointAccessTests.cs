using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Identity.Tests;

public sealed class IdentityEndpointAccessTests(IdentityFixture identity)
    : EndpointAccessTests<Program>(identity), IClassFixture<IdentityFixture>;
