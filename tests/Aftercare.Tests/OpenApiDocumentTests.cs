using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Aftercare.Tests;

/// <summary>
/// No request example is sent for real here: opening a trajectory by hand needs a participant Courses
/// registered and released, and every other body needs an open trajectory.
/// </summary>
public sealed class AftercareOpenApiDocumentTests(ServiceFixture<Program> service)
    : OpenApiDocumentTests<Program>(service), IClassFixture<ServiceFixture<Program>>;
