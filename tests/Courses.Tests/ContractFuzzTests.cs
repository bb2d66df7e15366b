using HerstelWerk.Testing;
using HerstelWerk.Testing.Fuzzing;
using Xunit;
using Xunit.Abstractions;

namespace HerstelWerk.Courses.Tests;

/// <summary>Courses's OpenAPI document, held to the answers it gives under generated and hostile input.</summary>
public sealed class CoursesContractFuzzTests(ServiceFixture<Program> service, ITestOutputHelper output)
    : ContractFuzzTests<Program>(service, output), IClassFixture<ServiceFixture<Program>>;
