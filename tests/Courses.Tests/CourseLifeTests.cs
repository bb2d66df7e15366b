using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>
/// Runs from first enrolment to completion on real PostgreSQL and RabbitMQ: a full SOS group with a
/// waiting list, and participants who are transferred or released halfway.
/// </summary>
public sealed class CourseLifeTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    private static string[] Weeks(int count) =>
        [.. Enumerable.Range(0, count).Select(week => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-7 * (count - week)).ToString("yyyy-MM-dd"))];

    [Fact]
    public async Task The_whole_life_of_an_SOS_group_run()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus
            .Observe<ParticipantEnrolledV1>().Observe<SessionHeldV1>().Observe<CourseCompletedV1>().Observe<EnrolmentEndedV1>());
        var runId = await ScheduleAsync("sos-group", "pi-vught", capacity: 10, sessions: 8);
        var participants = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            participants.Add(await ConsentingParticipantAsync("pi-vught"));
        }

        // Twelve enrol into ten places: two wait, in order.
        var enrolments = new List<JsonElement>();
        foreach (var id in participants)
        {
            var response = await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/enrolments", new { participantId = id });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            enrolments.Add(await response.Content.ReadFromJsonAsync<JsonElement>());
        }

        Assert.Equal(10, enrolments.Count(e => e.GetProperty("status").GetString() == "Enrolled"));
        Assert.Equal([1, 2], enrolments.Where(e => e.GetProperty("status").GetString() == "Waiting").Select(e => e.GetProperty("waitingPosition").GetInt32()));
        Assert.Equal("Active", (await Participant(participants[0])).GetProperty("status").GetString());
        Assert.Equal("Registered", (await Participant(participants[10])).GetProperty("status").GetString());
        // The list is paged, the waiting list first, in order.
        var firstPage = await service.Client.GetFromJsonAsync<JsonElement>($"/api/courses/runs/{runId}/enrolments?pageSize=5");
        Assert.Equal((12, 3), (firstPage.GetProperty("totalCount").GetInt32(), firstPage.GetProperty("totalPages").GetInt32()));
        Assert.Equal([participants[10], participants[11]], firstPage.GetProperty("items").EnumerateArray().Take(2).Select(e => e.GetProperty("participantId").GetGuid()));

        // One drops out after session 1; the first on the waiting list moves up.
        await AttendAsync(runId, 1, participants.Take(10), _ => "Present");
        var dropped = await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/enrolments/{participants[3]}/end", new { reason = "DroppedOut", endedOn = Today });
        Assert.Equal(HttpStatusCode.OK, dropped.StatusCode);
        var moved = await Enrolments(runId);
        Assert.Equal("Enrolled", moved[participants[10]].GetProperty("status").GetString());
        Assert.Equal(1, moved[participants[11]].GetProperty("waitingPosition").GetInt32());

        // Sessions 2 to 8: participant 1 misses three sessions and so does not complete (6 of 8 needed).
        var inRun = participants.Take(11).Where(id => id != participants[3]).ToList();
        for (var session = 2; session <= 8; session++)
        {
            var number = session;
            var outcome = await AttendAsync(runId, session, inRun, id => id == participants[1] && number <= 4 ? "Absent" : id == participants[2] && number == 5 ? "Excused" : "Present");
            if (session == 8)
            {
                Assert.Equal(9, outcome.GetProperty("completed").GetArrayLength());
                Assert.Equal(new[] { participants[1], participants[11] }.Order(), outcome.GetProperty("notCompleted").EnumerateArray().Select(e => e.GetGuid()).Order());
            }
        }

        var final = await Enrolments(runId);
        Assert.Equal("Completed", final[participants[0]].GetProperty("status").GetString());
        Assert.Equal("NotCompleted", final[participants[1]].GetProperty("endReason").GetString());
        Assert.Equal("Completed", final[participants[10]].GetProperty("status").GetString()); // moved up after session 1: attended 7
        Assert.Equal("DroppedOut", final[participants[3]].GetProperty("endReason").GetString());
        // Each held session's presence as recorded, so a front end can show it.
        Assert.Equal(Enumerable.Range(1, 8), final[participants[0]].GetProperty("attendance").EnumerateArray().Select(a => a.GetProperty("sessionNumber").GetInt32()));
        Assert.Equal(["Present", "Absent", "Absent", "Absent", "Present"], PresencesOf(final[participants[1]]).Take(5));
        Assert.Equal("Excused", PresencesOf(final[participants[2]])[4]);
        Assert.Equal(["Present"], PresencesOf(final[participants[3]]));
        // The participant's own page lists the enrolment with its run.
        var ofDropped = await service.Client.GetFromJsonAsync<JsonElement>($"/api/courses/participants/{participants[3]}/enrolments");
        var only = Assert.Single(ofDropped.GetProperty("items").EnumerateArray());
        Assert.Equal((runId, "sos-group", "pi-vught"), (only.GetProperty("runId").GetGuid(), only.GetProperty("courseTypeId").GetString(), only.GetProperty("facilityId").GetString()));
        Assert.Equal("DroppedOut", only.GetProperty("enrolment").GetProperty("endReason").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await service.Client.GetAsync($"/api/courses/participants/{Guid.NewGuid()}/enrolments")).StatusCode);

        // The events other services and partners get: ids and counts, no names.
        var held = await partner.ReceivedOf<SessionHeldV1>().WaitForAsync(e => e.CourseRunId == runId && e.SessionNumber == 5, "session 5");
        Assert.Equal((9, 0, 1), (held.Message.Present, held.Message.Absent, held.Message.Excused));
        await partner.ReceivedOf<SessionHeldV1>().WaitForAsync(e => e.CourseRunId == runId && e.SessionNumber == 8, "session 8");
        await Eventually.HoldsAsync(() => Task.FromResult(partner.ReceivedOf<CourseCompletedV1>().All.Count(e => e.Message.CourseRunId == runId) == 9), "nine completions");
        await Eventually.HoldsAsync(() => Task.FromResult(partner.ReceivedOf<ParticipantEnrolledV1>().All.Count(e => e.Message.CourseRunId == runId) == 11), "eleven places given");
        await Eventually.HoldsAsync(() => Task.FromResult(partner.ReceivedOf<EnrolmentEndedV1>().All.Count(e => e.Message.CourseRunId == runId) == 3), "three endings");
        Assert.All(partner.ReceivedOf<CourseCompletedV1>().All, e => Assert.Equal("sos-group", e.Message.CourseTypeId));
        Assert.Equal(HttpStatusCode.Conflict, (await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/sessions/8/attendance",
            new { heldOn = Today, attendance = Array.Empty<object>() })).StatusCode);
    }

    [Fact]
    public async Task A_transfer_in_the_middle_of_a_course_ends_the_enrolment_and_frees_the_place()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<EnrolmentEndedV1>().Observe<ParticipantEnrolledV1>());
        var runId = await ScheduleAsync("sos-individual", "pi-vught", capacity: 1, sessions: 8);
        var moving = await ConsentingParticipantAsync("pi-vught");
        var waiting = await ConsentingParticipantAsync("pi-vught");
        await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/enrolments", new { participantId = moving });
        await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/enrolments", new { participantId = waiting });
        await AttendAsync(runId, 1, [moving], _ => "Present");

        (await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{moving}/transfers", new { facilityId = "pi-zwolle", transferredOn = Today })).EnsureSuccessStatusCode();

        var enrolments = await Enrolments(runId);
        Assert.Equal(("Ended", "Transferred"), (enrolments[moving].GetProperty("status").GetString(), enrolments[moving].GetProperty("endReason").GetString()));
        Assert.Equal("Enrolled", enrolments[waiting].GetProperty("status").GetString());
        var ended = await partner.ReceivedOf<EnrolmentEndedV1>().WaitForAsync(e => e.ParticipantId == moving, "EnrolmentEndedV1");
        Assert.Equal("Transferred", ended.Message.Reason);
        await partner.ReceivedOf<ParticipantEnrolledV1>().WaitForAsync(e => e.ParticipantId == waiting, "the waiting participant's place");
    }

    [Fact]
    public async Task A_release_in_the_middle_of_a_course_ends_the_enrolment()
    {
        var runId = await ScheduleAsync("cao", "pi-vught", capacity: 8, sessions: 6, format: "Group");
        var leaving = await ConsentingParticipantAsync("pi-vught");
        var staying = await ConsentingParticipantAsync("pi-vught");
        await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/enrolments", new { participantId = leaving });
        await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/enrolments", new { participantId = staying });
        await AttendAsync(runId, 1, [leaving, staying], _ => "Present");

        (await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{leaving}/release", new { releasedOn = Today })).EnsureSuccessStatusCode();

        var enrolments = await Enrolments(runId);
        Assert.Equal("Released", enrolments[leaving].GetProperty("endReason").GetString());
        // The next session lists only who is still enrolled.
        var next = await AttendAsync(runId, 2, [staying], _ => "Present");
        Assert.Equal(1, next.GetProperty("present").GetInt32());
    }

    [Fact]
    public async Task Enrolment_is_refused_elsewhere_without_consent_and_twice()
    {
        var runId = await ScheduleAsync("cao", "pi-vught", capacity: 8, sessions: 5, format: "Group");
        var elsewhere = await ConsentingParticipantAsync("pi-zwolle");
        var noConsent = await service.RegisterAsync(facilityId: "pi-vught");
        var twice = await ConsentingParticipantAsync("pi-vught");
        await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/enrolments", new { participantId = twice });

        var atOtherFacility = await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/enrolments", new { participantId = elsewhere });
        var withoutConsent = await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/enrolments", new { participantId = noConsent });
        var again = await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/enrolments", new { participantId = twice });
        var unknown = await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/enrolments", new { participantId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.Conflict, atOtherFacility.StatusCode);
        Assert.Contains("not held at pi-vught", await atOtherFacility.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, withoutConsent.StatusCode);
        Assert.Contains("consent", await withoutConsent.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        // The run exists; an unknown participant in the body is bad input, as in every service.
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("participantId", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Attendance_must_name_every_enrolled_participant_and_only_them()
    {
        var runId = await ScheduleAsync("cao", "pi-vught", capacity: 8, sessions: 5, format: "Group");
        var enrolled = await ConsentingParticipantAsync("pi-vught");
        await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/enrolments", new { participantId = enrolled });

        var missing = await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/sessions/1/attendance", new { heldOn = Today, attendance = Array.Empty<object>() });
        var stranger = await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/sessions/1/attendance",
            new { heldOn = Today, attendance = new[] { new { participantId = enrolled, presence = "Present" }, new { participantId = Guid.NewGuid(), presence = "Present" } } });
        var noSuchSession = await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/sessions/9/attendance",
            new { heldOn = Today, attendance = new[] { new { participantId = enrolled, presence = "Present" } } });
        var badPresence = await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/sessions/1/attendance",
            new { heldOn = Today, attendance = new[] { new { participantId = enrolled, presence = "Asleep" } } });

        Assert.Equal(HttpStatusCode.Conflict, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, noSuchSession.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPresence.StatusCode);
    }

    private async Task<Guid> ScheduleAsync(string courseTypeId, string facilityId, int capacity, int sessions, string? format = null)
    {
        var response = await service.Client.PostAsJsonAsync("/api/courses/runs", new { courseTypeId, facilityId, format, capacity, sessions = Weeks(sessions) });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<Guid> ConsentingParticipantAsync(string facilityId)
    {
        var id = await service.RegisterAsync(facilityId: facilityId);
        (await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/consents", new { purpose = "Participation", givenOn = Today })).EnsureSuccessStatusCode();
        return id;
    }

    private async Task<JsonElement> AttendAsync(Guid runId, int session, IEnumerable<Guid> participants, Func<Guid, string> presence)
    {
        var response = await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/sessions/{session}/attendance", new
        {
            heldOn = Weeks(8)[Math.Min(session, 8) - 1],
            attendance = participants.Select(id => new { participantId = id, presence = presence(id) }).ToArray(),
        });
        Assert.True(response.IsSuccessStatusCode, $"session {session}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string?> PresencesOf(JsonElement enrolment) =>
        [.. enrolment.GetProperty("attendance").EnumerateArray().Select(a => a.GetProperty("presence").GetString())];

    private async Task<Dictionary<Guid, JsonElement>> Enrolments(Guid runId) =>
        (await service.Client.GetFromJsonAsync<JsonElement>($"/api/courses/runs/{runId}/enrolments?pageSize=100"))
            .GetProperty("items").EnumerateArray().ToDictionary(e => e.GetProperty("participantId").GetGuid());

    private Task<JsonElement> Participant(Guid id) => service.Client.GetFromJsonAsync<JsonElement>($"{CoursesApi.Participants}/{id}");
}
