using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>Courses when its database or the broker stops answering or goes away.</summary>
public sealed class CoursesOutageTests(ServiceFixture<Program> service)
    : OutageTests<Program>(service), IClassFixture<ServiceFixture<Program>>;
