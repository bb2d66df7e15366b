using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Testing;

namespace HerstelWerk.Aftercare.Tests;

/// <summary>The events other services publish, and calls on the Aftercare API that several test classes make.</summary>
internal static class AftercareScenario
{
    public const string Route = "/api/aftercare/trajectories";

    /// <summary>Publishes a participant's registration as Courses would, and waits until Aftercare holds it.</summary>
    public static async Task<Guid> RegisteredParticipantAsync(this ServiceFixture<Program> service, PartnerBus partner, string facilityId = "pi-vught")
    {
        var registered = new ParticipantRegisteredV1
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, ParticipantId = Guid.NewGuid(),
            Facility = facilityId, FacilityId = facilityId, ExpectedReleaseDate = new DateOnly(2026, 3, 1), Revision = 1,
        };
        await partner.PublishAsync(registered, registered.EventId);
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM participants WHERE participant_id = $1", registered.ParticipantId) == 1, "the participant to arrive");
        return registered.ParticipantId;
    }

    /// <summary>
    /// Publishes a release as Courses does: with the facility of release and whether consent held. A null
    /// <paramref name="facilityId"/> and <paramref name="hasConsent"/> make a release from before those fields existed.
    /// </summary>
    public static async Task<ParticipantReleasedV1> PublishReleaseAsync(
        this PartnerBus partner, Guid participantId, DateOnly releasedOn, string? facilityId = "pi-vught", int revision = 2, bool? hasConsent = true)
    {
        var released = new ParticipantReleasedV1
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, ParticipantId = participantId, ReleasedOn = releasedOn,
            FacilityId = facilityId, HasParticipationConsent = hasConsent, Revision = revision,
        };
        await partner.PublishAsync(released, released.EventId);
        return released;
    }

    /// <summary>A registered participant released on <paramref name="releasedOn"/>, and the trajectory the release opened.</summary>
    public static async Task<(Guid ParticipantId, Guid TrajectoryId)> ReleasedAsync(
        this ServiceFixture<Program> service, PartnerBus partner, DateOnly releasedOn, string facilityId = "pi-vught")
    {
        var participant = await service.RegisteredParticipantAsync(partner, facilityId);
        await partner.PublishReleaseAsync(participant, releasedOn, facilityId);
        return (participant, await service.TrajectoryOfAsync(participant));
    }

    public static async Task<Guid> TrajectoryOfAsync(this ServiceFixture<Program> service, Guid participantId) =>
        Guid.Parse(await Eventually.ReturnsAsync(() => service.QueryScalarAsync<string>(
            "SELECT id::text FROM trajectories WHERE participant_id = $1", participantId), "the trajectory to open"));

    /// <summary>Assigns a buddy through Volunteers' event and waits until the trajectory shows them.</summary>
    public static async Task<VolunteerAssignedV1> BuddyAssignedAsync(this ServiceFixture<Program> service, PartnerBus partner, Guid participantId, DateOnly on)
    {
        var assigned = new VolunteerAssignedV1
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, AssignmentId = Guid.NewGuid(), VolunteerId = Guid.NewGuid(),
            ParticipantId = participantId, Role = VolunteerRoles.AftercareBuddy, StartedOn = on,
        };
        await partner.PublishAsync(assigned, assigned.EventId);
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM trajectories WHERE participant_id = $1 AND buddy_volunteer_id = $2", participantId, assigned.VolunteerId) == 1,
            "the buddy to be linked");
        return assigned;
    }

    public static async Task<JsonElement> SendOkAsync(this HttpClient client, HttpMethod method, string path, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.ParseAdd(ifMatch);
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path} gave {(int)response.StatusCode}: {text}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement;
    }

    public static Task<JsonElement> PostOkAsync(this HttpClient client, string path, object body) => client.SendOkAsync(HttpMethod.Post, path, body);

    public static async Task<HttpResponseMessage> PostWithETagAsync(this HttpClient client, string path, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.ParseAdd(ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static async Task<string> ETagOfAsync(this HttpClient client, Guid trajectoryId)
    {
        using var response = await client.GetAsync($"{Route}/{trajectoryId}");
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag!.Tag;
    }

    public static async Task<List<Guid>> IdsAsync(this HttpClient client, string path, string idProperty = "id") =>
        [.. (await client.GetFromJsonAsync<JsonElement>(path)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty(idProperty).GetGuid())];
}
