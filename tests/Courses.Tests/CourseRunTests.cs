using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>The course types' rules as data, and scheduling runs that follow them.</summary>
public sealed class CourseRunTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    private static readonly string[] EightWeeks = [.. Enumerable.Range(0, 8).Select(week => new DateOnly(2027, 1, 4).AddDays(7 * week).ToString("yyyy-MM-dd"))];

    [Fact]
    public async Task The_four_courses_come_with_their_rules()
    {
        var types = await service.Client.GetFromJsonAsync<JsonElement>("/api/courses/course-types");

        var sos = types.EnumerateArray().Single(t => t.GetProperty("id").GetString() == "sos-group");
        Assert.Equal(["back-to-the-future", "cao", "sos-group", "sos-individual"], types.EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Equal((8, 8, 6, "Group"),
            (sos.GetProperty("minimumSessions").GetInt32(), sos.GetProperty("maximumSessions").GetInt32(), sos.GetProperty("sessionsToComplete").GetInt32(), sos.GetProperty("onlyFormat").GetString()));
    }

    [Fact]
    public async Task A_group_SOS_run_is_scheduled_at_a_facility_and_announced()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<CourseRunScheduledV1>());

        var response = await service.Client.PostAsJsonAsync("/api/courses/runs", new { courseTypeId = "sos-group", facilityId = "pi-vught", capacity = 10, sessions = EightWeeks });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var run = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Group", "2027-01-04", 8), (run.GetProperty("format").GetString(), run.GetProperty("startsOn").GetString(), run.GetProperty("sessions").GetArrayLength()));
        var id = run.GetProperty("id").GetGuid();
        var scheduled = await partner.ReceivedOf<CourseRunScheduledV1>().WaitForAsync(e => e.CourseRunId == id, "CourseRunScheduledV1");
        Assert.Equal(("sos-group", "pi-vught", 8, 10), (scheduled.Message.CourseTypeId, scheduled.Message.FacilityId, scheduled.Message.SessionCount, scheduled.Message.Capacity));
        Assert.Equal((new DateOnly(2027, 1, 4), new DateOnly(2027, 2, 22)), (scheduled.Message.StartsOn, scheduled.Message.EndsOn));
        var listed = await service.Client.GetFromJsonAsync<JsonElement>("/api/courses/runs?facilityId=pi-vught&courseTypeId=sos-group&pageSize=100");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
    }

    public static TheoryData<object, HttpStatusCode, string> BadRuns => new()
    {
        { new { courseTypeId = "sos-group", facilityId = "pi-vught", capacity = 10, sessions = EightWeeks[..7] }, HttpStatusCode.Conflict, "exactly 8 sessions" },
        { new { courseTypeId = "sos-group", facilityId = "pi-vught", capacity = 20, sessions = EightWeeks }, HttpStatusCode.Conflict, "1 to 12 participants" },
        { new { courseTypeId = "sos-individual", facilityId = "pi-vught", capacity = 2, sessions = EightWeeks }, HttpStatusCode.Conflict, "1 to 1 participants" },
        { new { courseTypeId = "sos-group", facilityId = "pi-vught", format = "Individual", capacity = 1, sessions = EightWeeks }, HttpStatusCode.Conflict, "Group only" },
        { new { courseTypeId = "cao", facilityId = "pi-vught", capacity = 8, sessions = EightWeeks[..4] }, HttpStatusCode.BadRequest, "format" },
        { new { courseTypeId = "cao", facilityId = "pi-vught", format = "Group", capacity = 8, sessions = EightWeeks[..4] }, HttpStatusCode.Conflict, "at least 5 sessions" },
        { new { courseTypeId = "sos-group", facilityId = "pi-vught", capacity = 10, sessions = EightWeeks.Reverse().ToArray() }, HttpStatusCode.Conflict, "date order" },
        { new { courseTypeId = "knitting", facilityId = "pi-vught", capacity = 10, sessions = EightWeeks }, HttpStatusCode.BadRequest, "courseTypeId" },
        { new { courseTypeId = "sos-group", facilityId = "pi-nowhere", capacity = 10, sessions = EightWeeks }, HttpStatusCode.BadRequest, "facilityId" },
    };

    [Theory]
    [MemberData(nameof(BadRuns))]
    public async Task A_run_that_breaks_its_course_rules_is_refused_with_the_rule(object run, HttpStatusCode expected, string reason)
    {
        var response = await service.Client.PostAsJsonAsync("/api/courses/runs", run);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Admins_change_a_courses_rules_with_its_version()
    {
        using var admin = service.ClientAs(Roles.Admin);
        var types = await admin.GetFromJsonAsync<JsonElement>("/api/courses/course-types");
        var cao = types.EnumerateArray().Single(t => t.GetProperty("id").GetString() == "cao");
        var version = cao.GetProperty("version").GetUInt32();

        var changed = await Put(admin, "/api/courses/course-types/cao/rules", new { minimumSessions = 5, maximumGroupSize = 10, sessionsToComplete = 4 }, version);
        var stale = await Put(admin, "/api/courses/course-types/cao/rules", new { minimumSessions = 5, maximumGroupSize = 12, sessionsToComplete = 4 }, version);
        var impossible = await Put(admin, "/api/courses/course-types/cao/rules", new { minimumSessions = 5, maximumSessions = 6, maximumGroupSize = 12, sessionsToComplete = 7 }, version);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(10, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("maximumGroupSize").GetInt32());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, impossible.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Client.PutAsJsonAsync("/api/courses/course-types/cao/rules", new { })).StatusCode);
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, string uri, object body, uint version)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, uri) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        return client.SendAsync(request);
    }
}
