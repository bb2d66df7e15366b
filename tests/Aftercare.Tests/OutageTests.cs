using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Aftercare.Tests;

/// <summary>Aftercare when its database or the broker stops answering or goes away.</summary>
public sealed class AftercareOutageTests(ServiceFixture<Program> service)
    : OutageTests<Program>(service), IClassFixture<ServiceFixture<Program>>;
