using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Placement.Tests;

/// <summary>Placement's copy of what Courses says about participants; the tests themselves are shared.</summary>
public sealed class PlacementParticipantProjectionTests(ServiceFixture<Program> service)
    : ParticipantProjectionTests<Program>(service), IClassFixture<ServiceFixture<Program>>;
