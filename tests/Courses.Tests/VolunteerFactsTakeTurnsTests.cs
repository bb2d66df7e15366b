using HerstelWerk.Contracts;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>
/// Volunteers publishes a new volunteer's facts within a second, and a seed hundreds at once. Handled in
/// parallel they used to collide on the volunteer's row and lean on retries; now they take turns.
/// </summary>
public sealed class VolunteerFactsTakeTurnsTests(NoRetryCoursesFixture service) : IClassFixture<NoRetryCoursesFixture>
{
    private static readonly string[] Facilities = ["pi-vught", "pi-zwolle", "pi-alphen"];

    [Fact]
    public async Task Facts_about_one_new_volunteer_arriving_together_all_apply_without_a_retry()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var volunteers = Enumerable.Range(0, 8).Select(_ => Guid.NewGuid()).ToArray();
        var events = volunteers.SelectMany(FactsAbout).ToArray();

        await Task.WhenAll(events.Select(e => partner.PublishAsync((object)e, e.EventId)));

        // Without retries, one collision would leave its message in the error queue and this count short.
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM inbox_messages WHERE message_id = ANY($1)", events.Select(e => e.EventId).ToArray()) == events.Length,
            "every fact to be applied");
        foreach (var volunteer in volunteers)
        {
            Assert.Equal(VolunteerRoles.All.Count, await service.QueryScalarAsync<int>(
                "SELECT cardinality(roles) FROM volunteer_eligibility WHERE volunteer_id = $1 AND is_active AND vog_revision = 1", volunteer));
            Assert.Equal(Facilities.Length, await service.QueryScalarAsync<long>(
                "SELECT count(*) FROM volunteer_admissions WHERE volunteer_id = $1", volunteer));
        }
    }

    private static IEnumerable<IIntegrationEvent> FactsAbout(Guid volunteer)
    {
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        yield return new VolunteerVogIssuedV1 { EventId = Guid.NewGuid(), OccurredAt = now, VolunteerId = volunteer, IssuedOn = today, RecheckDueOn = today.AddYears(3), Revision = 1 };
        yield return new VolunteerActivatedV1 { EventId = Guid.NewGuid(), OccurredAt = now, VolunteerId = volunteer, Revision = 2 };
        foreach (var facility in Facilities)
        {
            yield return new VolunteerAdmittedToFacilityV1 { EventId = Guid.NewGuid(), OccurredAt = now, VolunteerId = volunteer, FacilityId = facility, Revision = 3 };
        }

        foreach (var role in VolunteerRoles.All)
        {
            yield return new VolunteerQualifiedV1 { EventId = Guid.NewGuid(), OccurredAt = now, VolunteerId = volunteer, Role = role, Revision = 4 };
        }
    }
}
