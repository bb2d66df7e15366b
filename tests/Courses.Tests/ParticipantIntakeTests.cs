using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>Intake through the Courses API, and what a front end gets back when input is wrong.</summary>
public sealed class ParticipantIntakeTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    [Fact]
    public async Task Intake_creates_the_participant_with_a_pseudonymous_id()
    {
        var response = await service.Client.PostAsJsonAsync(CoursesApi.Participants, CoursesApi.NewIntake("Fatima El Amrani"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"{CoursesApi.Participants}/{id}", response.Headers.Location?.ToString());
        Assert.Equal(4, (int)char.GetNumericValue(id.ToString()[14])); // random (v4), so it reveals nothing

        var fetched = JsonDocument.Parse(await service.Client.GetStringAsync(response.Headers.Location)).RootElement;
        Assert.Equal("Fatima El Amrani", fetched.GetProperty("fullName").GetString());
        Assert.Equal("Prisoner", fetched.GetProperty("group").GetString());
        Assert.Equal("1990-04-12", fetched.GetProperty("dateOfBirth").GetString());
        Assert.Equal("A-123456", fetched.GetProperty("prisonNumber").GetString());
        Assert.Equal("nl", fetched.GetProperty("contactLanguage").GetString());
        Assert.Equal("pi-alphen", fetched.GetProperty("facilityId").GetString());
        Assert.Equal("2027-03-01", fetched.GetProperty("expectedReleaseDate").GetString());
        Assert.Equal(1, fetched.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Unknown_participant_is_a_404_problem()
    {
        var response = await service.Client.GetAsync($"{CoursesApi.Participants}/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task List_is_paged_with_the_newest_intake_first()
    {
        var older = await service.RegisterAsync("Older Intake");
        var newer = await service.RegisterAsync("Newer Intake");

        var page = JsonDocument.Parse(await service.Client.GetStringAsync($"{CoursesApi.Participants}?page=1&pageSize=2")).RootElement;

        Assert.Equal(2, page.GetProperty("pageSize").GetInt32());
        Assert.True(page.GetProperty("totalCount").GetInt32() >= 2);
        var ids = page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([newer, older], ids);
    }

    public static TheoryData<string, string[]> InvalidIntakes => new()
    {
        { """{"dateOfBirth":"1990-04-12","contactLanguage":"nl","group":"Prisoner","facilityId":"pi-vught","expectedReleaseDate":"2027-01-01"}""", ["fullName"] },
        { """{"fullName":"  ","dateOfBirth":"1990-04-12","contactLanguage":"nl","group":"Prisoner","facilityId":"pi-vught","expectedReleaseDate":"2027-01-01"}""", ["fullName"] },
        { "{}", ["fullName", "dateOfBirth", "contactLanguage", "group", "facilityId", "expectedReleaseDate"] },
        { """{"fullName":"A","dateOfBirth":"1990-04-12","contactLanguage":"nl","group":"Prisoner","facilityId":"pi-vught","expectedReleaseDate":"first of May"}""", ["expectedReleaseDate"] },
        { """{"fullName":"A","dateOfBirth":"1990-04-12","contactLanguage":"nl","group":"Prisoner","facilityId":"pi-vught","expectedReleaseDate":20270101}""", ["expectedReleaseDate"] },
        { """{"fullName":"A","dateOfBirth":"1990-04-12","contactLanguage":"nl","group":"Warden","facilityId":"pi-vught","expectedReleaseDate":"2027-01-01"}""", ["group"] },
        { """{"fullName":["A"],"dateOfBirth":"1990-04-12","contactLanguage":"nl","group":"Prisoner","facilityId":"pi-vught","expectedReleaseDate":"2027-01-01"}""", ["fullName"] },
        { $$"""{"fullName":"{{new string('a', 201)}}","dateOfBirth":"1990-04-12","contactLanguage":"nl","group":"Prisoner","facilityId":"pi-vught","expectedReleaseDate":"2027-01-01"}""", ["fullName"] },
        { """{"fullName":"A","dateOfBirth":"2024-01-01","contactLanguage":"nl","group":"Prisoner","facilityId":"pi-vught","expectedReleaseDate":"2027-01-01"}""", ["dateOfBirth"] },
        { """{"fullName":"A","dateOfBirth":"1990-04-12","contactLanguage":"Dutch","group":"Prisoner","facilityId":"pi-vught","expectedReleaseDate":"2027-01-01"}""", ["contactLanguage"] },
        { """{"fullName":"A","dateOfBirth":"1990-04-12","contactLanguage":"nl","group":"Prisoner","facilityId":"pi-nowhere","expectedReleaseDate":"2027-01-01"}""", ["facilityId"] },
        { """{"fullName":"A","group":"Prisoner",""", ["body"] },
        { "", ["body"] },
    };

    [Theory]
    [MemberData(nameof(InvalidIntakes))]
    public async Task Invalid_intake_is_a_400_that_names_each_wrong_field(string body, string[] fields)
    {
        var response = await service.Client.PostAsync(CoursesApi.Participants, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var named = problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).Order();
        Assert.Equal(fields.Order(), named);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
    }

    [Fact]
    public async Task Invalid_choice_lists_the_allowed_values()
    {
        var response = await service.Client.PostAsync(CoursesApi.Participants, new StringContent(
            """{"fullName":"A","dateOfBirth":"1990-04-12","contactLanguage":"nl","group":"Warden","facilityId":"pi-vught","expectedReleaseDate":"2027-01-01"}""", Encoding.UTF8, "application/json"));

        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var message = problem.GetProperty("errors").GetProperty("group")[0].GetString();
        Assert.Contains("Prisoner, TbsPatient, FamilyMember", message);
    }

    [Fact]
    public async Task Wrong_media_type_is_a_415_problem()
    {
        var response = await service.Client.PostAsync(CoursesApi.Participants, new StringContent("fullName=A", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_and_liveness_answer()
    {
        Assert.Equal("Healthy", await service.Client.GetStringAsync("/health"));
        Assert.Equal("Healthy", await service.Client.GetStringAsync("/alive"));
    }

    [Fact]
    public async Task OpenApi_document_describes_the_participant_endpoints()
    {
        var document = JsonDocument.Parse(await service.Client.GetStringAsync("/openapi/v1.json")).RootElement;

        Assert.Equal("HerstelWerk Courses API", document.GetProperty("info").GetProperty("title").GetString());
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/courses/participants", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/courses/participants/{participantId}", out _));
    }
}
