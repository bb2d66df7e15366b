using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Testing;

namespace HerstelWerk.Courses.Tests;

/// <summary>Calls on the Courses API that several test classes make.</summary>
internal static class CoursesApi
{
    public const string Participants = "/api/courses/participants";

    public static object NewIntake(string fullName = "Jan de Vries", string facilityId = "pi-alphen") => new
    {
        fullName,
        dateOfBirth = "1990-04-12",
        prisonNumber = "A-123456",
        contactLanguage = "nl",
        group = "Prisoner",
        facilityId,
        expectedReleaseDate = "2027-03-01",
    };

    public static async Task<Guid> RegisterAsync(this ServiceFixture<Program> service, string fullName = "Jan de Vries", string facilityId = "pi-alphen")
    {
        var response = await service.Client.PostAsJsonAsync(Participants, NewIntake(fullName, facilityId));
        response.EnsureSuccessStatusCode();
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return body.GetProperty("id").GetGuid();
    }

    /// <summary>
    /// True once the participant's event waits unsent in the outbox while the dispatcher has already
    /// failed to publish (this row, or an older one it must send first).
    /// </summary>
    public static Task<bool> EventWaitsAfterFailedPublishAsync(this ServiceFixture<Program> service, Guid participantId) =>
        service.QueryScalarAsync<bool>(
            """
            SELECT EXISTS (SELECT 1 FROM outbox_messages WHERE payload->>'participantId' = $1 AND sent_at IS NULL)
               AND EXISTS (SELECT 1 FROM outbox_messages WHERE sent_at IS NULL AND attempts > 0 AND last_error IS NOT NULL)
            """,
            participantId.ToString());
}
