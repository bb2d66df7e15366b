using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>
/// What an outside fuzzer found (issue 12): control characters, integer enums, null list entries,
/// duplicate and unknown keys. Each is a 400 that names the field, never a 500 or a stored oddity.
/// </summary>
public sealed class HostileInputTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    private const string Intake = """
        {"fullName":"Jan de Vries","dateOfBirth":"1990-04-12","contactLanguage":"nl","group":"Prisoner","facilityId":"pi-alphen","expectedReleaseDate":"2027-03-01"}
        """;

    [Theory]
    [InlineData("Jan\\u0000de Vries")]
    [InlineData("Jan\\u001b[31mde Vries")]
    [InlineData("Jan\\u0007")]
    public async Task Control_characters_in_a_text_field_are_a_400_that_names_it(string fullName)
    {
        var response = await service.Client.SendRawAsync(HttpMethod.Post, CoursesApi.Participants, Intake.Replace("Jan de Vries", fullName));

        await response.AssertNamesFieldAsync("fullName");
    }

    [Fact]
    public async Task Tabs_and_line_breaks_stay_allowed_in_text()
    {
        var response = await service.Client.SendRawAsync(HttpMethod.Post, CoursesApi.Participants, Intake.Replace("Jan de Vries", "Jan\\tde Vries"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("?search=a%00b", "search")]
    [InlineData("?facilityId=pi%1bvught", "facilityId")]
    [InlineData("?status=1", "status")]
    [InlineData("?status=99", "status")]
    public async Task Control_characters_and_numbers_for_choices_in_the_query_are_a_400_that_names_it(string query, string field)
    {
        var response = await service.Client.GetAsync(CoursesApi.Participants + query);

        await response.AssertNamesFieldAsync(field);
    }

    [Theory]
    [InlineData("\"group\":\"Prisoner\"", "\"group\":0")]
    [InlineData("\"group\":\"Prisoner\"", "\"group\":12345")]
    public async Task A_choice_sent_as_a_number_is_a_400_that_names_it(string valid, string numeric)
    {
        var response = await service.Client.SendRawAsync(HttpMethod.Post, CoursesApi.Participants, Intake.Replace(valid, numeric));

        await response.AssertNamesFieldAsync("group");
    }

    [Fact]
    public async Task A_duplicate_key_is_a_400_that_names_it_and_the_last_value_never_wins()
    {
        var response = await service.Client.SendRawAsync(HttpMethod.Post, CoursesApi.Participants, Intake.Replace("\"group\":\"Prisoner\"", "\"group\":\"Prisoner\",\"group\":\"TbsPatient\""));

        await response.AssertNamesFieldAsync("group");
    }

    [Fact]
    public async Task An_unknown_field_is_a_400_that_names_it_so_a_typo_is_caught()
    {
        var response = await service.Client.SendRawAsync(HttpMethod.Post, CoursesApi.Participants, Intake.Replace("\"expectedReleaseDate\"", "\"expectedReleseDate\""));

        await response.AssertNamesFieldAsync("expectedReleseDate");
    }

    [Fact]
    public async Task A_null_entry_in_a_list_is_a_400_that_names_it()
    {
        var response = await service.Client.PostAsJsonAsync("/api/courses/runs", new
        {
            courseTypeId = "cao", facilityId = "pi-alphen", format = "Group", capacity = 8,
            sessions = Enumerable.Range(1, 5).Select(week => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7 * week).ToString("yyyy-MM-dd")).ToArray(),
        });
        var runId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var attendance = await service.Client.SendRawAsync(HttpMethod.Post, $"/api/courses/runs/{runId}/sessions/1/attendance",
            $$"""{"heldOn":"{{DateOnly.FromDateTime(DateTime.UtcNow):yyyy-MM-dd}}","attendance":[null]}""");
        var consents = await service.Client.SendRawAsync(HttpMethod.Post, CoursesApi.Participants, Intake.Replace("}", ",\"consents\":[null]}"));

        await attendance.AssertNamesFieldAsync("attendance[0]");
        await consents.AssertNamesFieldAsync("consents[0]");
    }
}
