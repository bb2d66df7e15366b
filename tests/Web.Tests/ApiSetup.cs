using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Web.Tests;

/// <summary>
/// What a browser test needs to exist first, made through the gateway's API as a coordinator would
/// (the console's own forms are tested where they are the subject).
/// </summary>
public sealed class ApiSetup(HttpClient coordinator)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A participant held at PI Vught for two months, who consented to take part.</summary>
    public async Task<Guid> RegisterAsync(string name, string prisonNumber)
    {
        var participant = await PostAsync("/api/courses/participants", new
        {
            fullName = name,
            dateOfBirth = "1985-02-03",
            prisonNumber,
            contactLanguage = "nl",
            group = "Prisoner",
            facilityId = "pi-vught",
            expectedReleaseDate = "2027-03-01",
            currentStayBeganOn = Today.AddDays(-60),
            consents = new[] { new { purpose = "Participation", givenOn = Today.AddDays(-30) } },
        });
        return participant.GetProperty("id").GetGuid();
    }

    /// <summary>Released <paramref name="daysAgo"/> days ago in Courses; Aftercare opens the trajectory from the event.</summary>
    public async Task<Guid> ReleaseIntoAftercareAsync(Guid participantId, int daysAgo)
    {
        await PostAsync($"/api/courses/participants/{participantId}/release", new { releasedOn = Today.AddDays(-daysAgo) });
        return await LocalSystemFixture<Projects.AppHost>.EventuallyAsync<Guid?>(async () =>
        {
            var page = await coordinator.GetFromJsonAsync<JsonElement>($"/api/aftercare/trajectories?participantId={participantId}");
            return page.GetProperty("items").EnumerateArray().Select(item => (Guid?)item.GetProperty("id").GetGuid()).FirstOrDefault();
        }, "the trajectory Aftercare opens on the release") ?? throw new InvalidOperationException();
    }

    /// <summary>An active volunteer with a VOG, trained as aftercare buddy (who works outside, so needs no pass).</summary>
    public async Task<Guid> ActiveBuddyAsync(string name, string region = "Noord-Brabant")
    {
        var id = (await PostAsync("/api/volunteers", new
        {
            appliedOn = Today.AddDays(-60), fullName = name, email = $"{Guid.NewGuid():N}@example.org", region,
            languages = new[] { "nl" }, capacity = 3,
        })).GetProperty("id").GetGuid();
        await PostAsync($"/api/volunteers/{id}/status", new { status = "Interview", on = Today.AddDays(-50) });
        await PostAsync($"/api/volunteers/{id}/status", new { status = "Vog", on = Today.AddDays(-45) });
        var vog = await PostAsync($"/api/volunteers/{id}/vog-requests", new { requestedOn = Today.AddDays(-45) });
        var requestId = vog.GetProperty("vogRequests")[0].GetProperty("id").GetGuid();
        await PostAsync($"/api/volunteers/{id}/vog-requests/{requestId}/outcome", new { outcome = "Issued", decidedOn = Today.AddDays(-30) });
        await PostAsync($"/api/volunteers/{id}/status", new { status = "Training", on = Today.AddDays(-30) });
        await PostAsync($"/api/volunteers/{id}/trainings", new { training = "Nazorgmaatje", qualifiesFor = "aftercare-buddy", completedOn = Today.AddDays(-10) });
        await PostAsync($"/api/volunteers/{id}/status", new { status = "Active", on = Today.AddDays(-5) });
        return id;
    }

    /// <summary>The volunteer also trained for <paramref name="role"/>, with a pass for PI Vught since ten days ago.</summary>
    public async Task QualifyAsTrainerAtVughtAsync(Guid volunteerId, string role)
    {
        await PostAsync($"/api/volunteers/{volunteerId}/trainings", new { training = "Trainerscursus", qualifiesFor = role, completedOn = Today.AddDays(-10) });
        var pass = await coordinator.PutAsJsonAsync($"/api/volunteers/{volunteerId}/facility-access/pi-vught", new { grantedOn = Today.AddDays(-10) });
        Assert.True(pass.IsSuccessStatusCode, $"PUT pass: {(int)pass.StatusCode} {await pass.Content.ReadAsStringAsync()}");
    }

    /// <summary>A group run at PI Vught: its first session a week ago, the rest weekly from a week ahead.</summary>
    public async Task<Guid> ScheduleRunAsync(string courseTypeId, int capacity, int sessions)
    {
        var run = await PostAsync("/api/courses/runs", new
        {
            courseTypeId, facilityId = "pi-vught", format = "Group", capacity,
            sessions = Enumerable.Range(0, sessions).Select(week => Today.AddDays(7 * week - 7)).ToArray(),
        });
        return run.GetProperty("id").GetGuid();
    }

    public Task EnrolAsync(Guid runId, Guid participantId) => PostAsync($"/api/courses/runs/{runId}/enrolments", new { participantId });

    /// <summary>The volunteer becomes the participant's buddy in Volunteers; Aftercare links them from the event.</summary>
    public async Task AssignBuddyAsync(Guid volunteerId, Guid participantId, Guid trajectoryId)
    {
        // Volunteers learns of the participant from Courses' events; retry until it has.
        await LocalSystemFixture<Projects.AppHost>.EventuallyHoldsAsync(async () =>
            (await coordinator.PostAsJsonAsync($"/api/volunteers/{volunteerId}/assignments", new { participantId, role = "aftercare-buddy" })).IsSuccessStatusCode,
            "Volunteers to accept the buddy assignment");
        await LocalSystemFixture<Projects.AppHost>.EventuallyHoldsAsync(async () =>
            (await coordinator.GetFromJsonAsync<JsonElement>($"/api/aftercare/trajectories/{trajectoryId}")).GetProperty("buddy").ValueKind == JsonValueKind.Object,
            "Aftercare to link the buddy");
    }

    /// <summary>A CAO group run at PI Vught whose five sessions were in the past five weeks, with the participant given a place.</summary>
    public async Task<Guid> CaoRunWithAsync(Guid participantId)
    {
        var sessions = Enumerable.Range(0, 5).Select(week => Today.AddDays(-7 * (5 - week))).ToArray();
        var run = await PostAsync("/api/courses/runs", new { courseTypeId = "cao", facilityId = "pi-vught", format = "Group", capacity = 12, sessions });
        var runId = run.GetProperty("id").GetGuid();
        await PostAsync($"/api/courses/runs/{runId}/enrolments", new { participantId });
        return runId;
    }

    /// <summary>Another coordinator's edit, with the ETag they read.</summary>
    public async Task ChangePrisonNumberAsync(Guid participantId, string prisonNumber)
    {
        var read = await coordinator.GetAsync($"/api/courses/participants/{participantId}");
        var participant = await read.Content.ReadFromJsonAsync<JsonElement>();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/courses/participants/{participantId}")
        {
            Content = JsonContent.Create(new
            {
                fullName = participant.GetProperty("fullName").GetString(),
                dateOfBirth = participant.GetProperty("dateOfBirth").GetString(),
                prisonNumber,
                contactLanguage = participant.GetProperty("contactLanguage").GetString(),
            }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        var response = await coordinator.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"PUT participant: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Another coordinator records a basic condition, with the ETag they read.</summary>
    public async Task RecordConditionAsync(Guid trajectoryId, string condition, string status)
    {
        var read = await coordinator.GetAsync($"/api/aftercare/trajectories/{trajectoryId}");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/aftercare/trajectories/{trajectoryId}/conditions")
        {
            Content = JsonContent.Create(new { condition, status }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        var response = await coordinator.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"POST condition: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task<bool> IsOverdueAsync(Guid participantId) =>
        (await coordinator.GetFromJsonAsync<JsonElement>($"/api/aftercare/overdue?participantId={participantId}")).GetProperty("totalCount").GetInt32() > 0;

    /// <summary>The participant referred to Placement as a candidate, once Placement has heard of them from Courses.</summary>
    public async Task<Guid> CandidateAsync(Guid participantId)
    {
        await LocalSystemFixture<Projects.AppHost>.EventuallyHoldsAsync(async () =>
            (await coordinator.PostAsJsonAsync("/api/placement/candidates", new { participantId })).IsSuccessStatusCode,
            "Placement to accept the participant as a candidate");
        var page = await coordinator.GetFromJsonAsync<JsonElement>($"/api/placement/candidates?participantId={participantId}");
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    /// <summary>An employer who hires people with a record, in the sector given.</summary>
    public async Task<Guid> EmployerAsync(string organisation, string sector) =>
        (await PostAsync("/api/placement/employers", new
        {
            organisation, contactPerson = "Anna de Vries", contactEmail = "anna.devries@example.org", sector, region = "Noord-Brabant",
            hiresPeopleWithRecord = true,
        })).GetProperty("id").GetGuid();

    public async Task<Guid> VacancyAsync(Guid employerId, string title) =>
        (await PostAsync("/api/placement/vacancies", new { employerId, title, requirements = "Handig met de handen; 32 uur per week." }))
            .GetProperty("id").GetGuid();

    /// <summary>A visit of the employer to PI Vught today, with the candidate (held there, as <see cref="RegisterAsync"/> makes them).</summary>
    public async Task<Guid> VisitAsync(Guid employerId, Guid candidateId) =>
        (await PostAsync("/api/placement/visits", new { employerId, facilityId = "pi-vught", visitOn = Today, candidateIds = new[] { candidateId } }))
            .GetProperty("id").GetGuid();

    private async Task<JsonElement> PostAsync(string path, object body)
    {
        var response = await coordinator.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
