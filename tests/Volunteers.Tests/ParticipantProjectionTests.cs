using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>Volunteers's copy of what Courses says about participants; the tests themselves are shared.</summary>
public sealed class VolunteersParticipantProjectionTests(ServiceFixture<Program> service)
    : ParticipantProjectionTests<Program>(service), IClassFixture<ServiceFixture<Program>>;
