using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Aftercare.Tests;

/// <summary>Aftercare's copy of what Courses says about participants; the tests themselves are shared.</summary>
public sealed class AftercareParticipantProjectionTests(ServiceFixture<Program> service)
    : ParticipantProjectionTests<Program>(service), IClassFixture<ServiceFixture<Program>>;
