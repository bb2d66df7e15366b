using System.Net;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Identity.Tests;

public sealed class IdentityOpenApiDocumentTests(IdentityFixture identity)
    : OpenApiDocumentTests<Program>(identity), IClassFixture<IdentityFixture>
{
    [Fact]
    public Task The_client_registration_example_is_accepted_as_it_is() =>
        AssertRequestExampleIsAcceptedAsync("RegisterClient", Roles.Admin, HttpStatusCode.Created);

    /// <summary>What Scalar sends when an admin tries the invitation: it makes the account and mails the link.</summary>
    [Fact]
    public Task The_invitation_example_is_accepted_as_it_is() =>
        AssertRequestExampleIsAcceptedAsync("InviteStaff", Roles.Admin, HttpStatusCode.Created);
}
