using System.Net;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Identity.Tests;

public sealed class IdentityOpenApiDocumentTests(IdentityFixture service)
    : OpenApiDocumentTests<Program>(service), IClassFixture<IdentityFixture>
{
    [Fact]
    public Task The_client_registration_example_is_accepted_as_it_is() =>
        AssertRequestExampleIsAcceptedAsync("RegisterClient", Roles.Admin, HttpStatusCode.Created);
}
