using System.Net;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Placement.Tests;

public sealed class PlacementOpenApiDocumentTests(ServiceFixture<Program> service)
    : OpenApiDocumentTests<Program>(service), IClassFixture<ServiceFixture<Program>>
{
    /// <summary>An employer stands on its own; a referral or a match needs a participant or candidate that exists first.</summary>
    [Fact]
    public Task The_employer_example_is_accepted_as_it_is() =>
        AssertRequestExampleIsAcceptedAsync("CreateEmployer", Roles.Coordinator, HttpStatusCode.Created);
}
