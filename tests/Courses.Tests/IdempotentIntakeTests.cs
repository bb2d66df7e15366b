using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>An intake sent twice (a double click, a retry after a timeout) registers one participant.</summary>
public sealed class IdempotentIntakeTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    [Fact]
    public async Task A_retry_with_the_same_key_gets_the_first_answer_and_no_second_participant()
    {
        var key = Guid.NewGuid().ToString();
        var intake = CoursesApi.NewIntake("Kees Herhaal");

        var first = await PostAsync(intake, key);
        var retry = await PostAsync(intake, key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(first.Headers.ETag, retry.Headers.ETag);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(1, await service.QueryScalarAsync<long>("SELECT count(*) FROM participants WHERE full_name = 'Kees Herhaal'"));
        Assert.Equal(1, await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%ParticipantRegisteredV1' AND payload->>'participantId' = $1", id.ToString()));
    }

    [Fact]
    public async Task Simultaneous_retries_create_one_participant()
    {
        var key = Guid.NewGuid().ToString();
        var intake = CoursesApi.NewIntake("Gelijktijdig Vijf");

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => PostAsync(intake, key)));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(1, await service.QueryScalarAsync<long>("SELECT count(*) FROM participants WHERE full_name = 'Gelijktijdig Vijf'"));
    }

    [Fact]
    public async Task A_key_reused_for_another_intake_is_refused_and_a_refused_intake_is_not_remembered()
    {
        var key = Guid.NewGuid().ToString();
        var invalid = await PostAsync(new { fullName = "Zonder Rest" }, key);
        var valid = await PostAsync(CoursesApi.NewIntake("Eerst Fout"), key);
        var other = await PostAsync(CoursesApi.NewIntake("Ander Persoon"), key);
        var tooLong = await PostAsync(CoursesApi.NewIntake("Lange Sleutel"), new string('k', 101));

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.Created, valid.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("Idempotency-Key", await tooLong.Content.ReadAsStringAsync());
        Assert.Equal(0, await service.QueryScalarAsync<long>("SELECT count(*) FROM participants WHERE full_name IN ('Ander Persoon', 'Lange Sleutel')"));
    }

    [Fact]
    public async Task Erasure_also_removes_the_remembered_answer_that_repeats_the_name()
    {
        var first = await PostAsync(CoursesApi.NewIntake("Vergeet Mij"), Guid.NewGuid().ToString());
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(1, await service.QueryScalarAsync<long>("SELECT count(*) FROM idempotent_requests WHERE body LIKE '%Vergeet Mij%'"));

        using var admin = service.ClientAs("admin");
        (await admin.PostAsync($"{CoursesApi.Participants}/{id}/erasure", null)).EnsureSuccessStatusCode();

        Assert.Equal(0, await service.QueryScalarAsync<long>("SELECT count(*) FROM idempotent_requests WHERE body LIKE '%Vergeet Mij%'"));
    }

    private async Task<HttpResponseMessage> PostAsync(object intake, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, CoursesApi.Participants) { Content = JsonContent.Create(intake) };
        request.Headers.Add("Idempotency-Key", key);
        return await service.Client.SendAsync(request);
    }
}
