using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>Volunteers when its database or the broker stops answering or goes away.</summary>
public sealed class VolunteersOutageTests(ServiceFixture<Program> service)
    : OutageTests<Program>(service), IClassFixture<ServiceFixture<Program>>;
