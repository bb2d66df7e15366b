using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Volunteers.Model;
using Xunit;
using static HerstelWerk.Volunteers.Tests.VolunteerRulesTests;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>When a volunteer's address goes to Identity for a sign-in account, and when it does not.</summary>
public sealed class SignInRequestRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 4);
    private static readonly VogPolicy Policy = new();

    [Fact]
    public void Becoming_active_asks_for_a_sign_in_at_the_current_address_with_the_activation_revision()
    {
        var volunteer = ActiveVolunteer(vogIssuedOn: Today.AddDays(-30));

        var events = volunteer.TakeEvents();
        var activated = Assert.Single(events.OfType<VolunteerActivatedV1>());
        var requested = Assert.Single(events.OfType<VolunteerSignInRequestedV1>());
        Assert.Equal((volunteer.Id, "anna@example.org", activated.Revision), (requested.VolunteerId, requested.Email, requested.Revision));
    }

    [Fact]
    public void Coming_back_from_inactive_asks_again()
    {
        var volunteer = ActiveVolunteer(vogIssuedOn: Today.AddDays(-30));
        volunteer.MoveTo(VolunteerStatus.Inactive, Today.AddDays(-2), Policy, Now);
        volunteer.TakeEvents();

        volunteer.MoveTo(VolunteerStatus.Active, Today, Policy, Now);

        Assert.Equal(volunteer.Revision, Assert.Single(volunteer.TakeEvents().OfType<VolunteerSignInRequestedV1>()).Revision);
    }

    [Fact]
    public void A_new_address_of_an_active_volunteer_goes_to_Identity_with_the_new_revision()
    {
        var volunteer = ActiveVolunteer(vogIssuedOn: Today.AddDays(-30));
        volunteer.TakeEvents();

        volunteer.UpdateProfile(Profile("anna.devries@example.net"), Now);

        var requested = Assert.IsType<VolunteerSignInRequestedV1>(Assert.Single(volunteer.TakeEvents()));
        Assert.Equal(("anna.devries@example.net", volunteer.Revision), (requested.Email, requested.Revision));
    }

    [Theory]
    [InlineData("anna@example.org")]
    [InlineData("Anna@Example.org")]
    public void The_same_address_raises_nothing(string email)
    {
        var volunteer = ActiveVolunteer(vogIssuedOn: Today.AddDays(-30));
        volunteer.TakeEvents();

        volunteer.UpdateProfile(Profile(email), Now);

        Assert.Empty(volunteer.TakeEvents());
    }

    [Fact]
    public void A_new_address_of_a_volunteer_who_is_not_active_stays_in_Volunteers()
    {
        var inactive = ActiveVolunteer(vogIssuedOn: Today.AddDays(-30));
        inactive.MoveTo(VolunteerStatus.Inactive, Today, Policy, Now);
        foreach (var volunteer in new[] { inactive, InTraining() })
        {
            volunteer.TakeEvents();

            volunteer.UpdateProfile(Profile("anna.devries@example.net"), Now);

            Assert.Empty(volunteer.TakeEvents());
        }
    }

    [Fact]
    public void A_volunteer_without_an_address_is_activated_without_a_sign_in_request()
    {
        var volunteer = InTraining(email: " ");

        volunteer.MoveTo(VolunteerStatus.Active, Today, Policy, Now);

        Assert.Empty(volunteer.TakeEvents().OfType<VolunteerSignInRequestedV1>());
    }

    private static VolunteerProfile Profile(string email) => new("Anna de Vries", email, null, "Noord-Brabant", ["nl"], 2, null);

    /// <summary>Screened and trained for a role, one step before Active.</summary>
    private static Volunteer InTraining(string email = "anna@example.org")
    {
        var volunteer = Volunteer.Apply(Profile(email), Today.AddDays(-90), Now);
        volunteer.MoveTo(VolunteerStatus.Interview, Today.AddDays(-80), Policy, Now);
        volunteer.MoveTo(VolunteerStatus.Vog, Today.AddDays(-70), Policy, Now);
        var request = volunteer.RequestVog(Today.AddDays(-70));
        volunteer.DecideVog(request.Id, VogOutcome.Issued, Today.AddDays(-60), Policy, Now);
        volunteer.MoveTo(VolunteerStatus.Training, Today.AddDays(-60), Policy, Now);
        volunteer.RecordTraining("Basistraining", VolunteerRoles.Visitor, Today.AddDays(-50), Now);
        return volunteer;
    }
}
