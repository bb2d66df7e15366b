using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.ServiceDefaults.Security;
using Xunit;

namespace HerstelWerk.Identity.Tests;

/// <summary>An admin's invitation through the API, as the console sends it, with an address no other test uses.</summary>
public static class Invite
{
    public static string NewAddress(string who = "staff") => $"{who}-{Guid.NewGuid():N}@herstelwerk.test";

    public static async Task<HttpResponseMessage> SendAsync(IdentityFixture identity, object body, string role = Roles.Admin)
    {
        using var client = identity.ClientAs(role);
        return await client.PostAsJsonAsync("/api/identity/invitations", body);
    }

    public static async Task<(Guid Id, string Email)> StaffAsync(IdentityFixture identity, string role = Roles.Coordinator, string displayName = "Marieke Jansen")
    {
        var email = NewAddress(role);
        using var admin = identity.ClientAs(Roles.Admin);
        using var response = await admin.PostAsJsonAsync("/api/identity/invitations", new { email, displayName, role });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        var account = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Invited", account.GetProperty("status").GetString());
        return (account.GetProperty("id").GetGuid(), email);
    }
}
