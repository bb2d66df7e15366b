using System.Net;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Volunteers.Tests;

public sealed class VolunteersOpenApiDocumentTests(ServiceFixture<Program> service)
    : OpenApiDocumentTests<Program>(service), IClassFixture<ServiceFixture<Program>>
{
    /// <summary>An application stands on its own; every other body needs a volunteer that exists first.</summary>
    [Fact]
    public Task The_application_example_is_accepted_as_it_is() =>
        AssertRequestExampleIsAcceptedAsync("ApplyVolunteer", Roles.Coordinator, HttpStatusCode.Created);
}
