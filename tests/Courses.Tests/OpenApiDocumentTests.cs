using System.Net;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

public sealed class CoursesOpenApiDocumentTests(ServiceFixture<Program> service)
    : OpenApiDocumentTests<Program>(service), IClassFixture<ServiceFixture<Program>>
{
    public static TheoryData<string, string, HttpStatusCode> RequestExamples => new()
    {
        { "RegisterParticipant", Roles.Coordinator, HttpStatusCode.Created },
        { "ScheduleCourseRun", Roles.Coordinator, HttpStatusCode.Created },
        { "AddFacility", Roles.Admin, HttpStatusCode.Created },
    };

    /// <summary>These examples stand on their own (a seeded facility, no participant needed), so they are sent for real.</summary>
    [Theory]
    [MemberData(nameof(RequestExamples))]
    public Task A_request_example_from_the_document_is_accepted_as_it_is(string operationId, string role, HttpStatusCode expected) =>
        AssertRequestExampleIsAcceptedAsync(operationId, role, expected);
}
