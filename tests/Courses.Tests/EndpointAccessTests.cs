using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

public sealed class CoursesEndpointAccessTests(ServiceFixture<Program> service)
    : EndpointAccessTests<Program>(service), IClassFixture<ServiceFixture<Program>>;
