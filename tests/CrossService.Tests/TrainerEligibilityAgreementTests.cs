using CsCheck;
using HerstelWerk.Contracts;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.Errors;
using HerstelWerk.Volunteers.Model;
using Xunit;

namespace HerstelWerk.CrossService.Tests;

/// <summary>
/// Volunteers suggests trainers for a run (<c>Volunteer.WhyNotTrainer</c>); Courses decides whether it
/// accepts one, from the events Volunteers published (<c>VolunteerEligibility.WhyNotTrainer</c>). Over
/// random volunteer histories, the two must agree on every facility and role, or a coordinator would be
/// offered a trainer Courses refuses, or miss one it would take. A failure prints its seed: pass it as
/// <c>seed:</c> to replay the same case.
/// </summary>
public sealed class TrainerEligibilityAgreementTests
{
    private static readonly string[] Facilities = ["pi-vught", "pi-zwolle"];
    private static readonly string[] TrainerRoles = [VolunteerRoles.SosTrainer, VolunteerRoles.CaoTrainer, VolunteerRoles.BackToTheFuture];
    private static readonly DateOnly Start = new(2023, 1, 2);
    private static readonly VogPolicy Policy = new();

    private static readonly Gen<VolunteerStep> AnyStep = Gen.Frequency(
        (3, Gen.Select(Gen.Int[0, 1500], Gen.Enum<VolunteerStatus>(), (day, to) => (VolunteerStep)new LifecycleStep(day, to))),
        (2, Gen.Int[0, 1500].Select(day => (VolunteerStep)new VogIssuedStep(day))),
        (2, Gen.Select(Gen.Int[0, 1500], Gen.OneOf(TrainerRoles), (day, role) => (VolunteerStep)new TrainingStep(day, role))),
        (3, Gen.Select(Gen.Int[0, 1500], Gen.OneOf(Facilities), Gen.Int[0, 60], Gen.Int[0, 400].Nullable(),
            (day, facility, after, lasts) => (VolunteerStep)new PassGrantedStep(day, facility, after, lasts))),
        (1, Gen.Select(Gen.Int[0, 1500], Gen.OneOf(Facilities), (day, facility) => (VolunteerStep)new PassRevokedStep(day, facility))));

    /// <summary>Most histories begin the usual way, so many reach Active; then anything may happen, in date order.</summary>
    private static readonly Gen<(VolunteerStep[] Steps, int CheckedOnDay)> Histories =
        from usual in Gen.Bool
        from role in Gen.OneOf(TrainerRoles)
        from facility in Gen.OneOf(Facilities)
        from more in AnyStep.Array[0, 12]
        from checkedOn in Gen.Int[0, 1900]
        let path = usual
            ? new VolunteerStep[]
            {
                new LifecycleStep(10, VolunteerStatus.Interview), new VogIssuedStep(20), new LifecycleStep(30, VolunteerStatus.Vog),
                new LifecycleStep(40, VolunteerStatus.Training), new TrainingStep(50, role), new PassGrantedStep(55, facility, 0, null),
                new LifecycleStep(60, VolunteerStatus.Active),
            }
            : []
        select (path.Concat(more).OrderBy(step => step.Day).ToArray(), checkedOn);

    [Fact]
    public void Volunteers_suggests_exactly_the_trainers_Courses_accepts() =>
        Histories.Sample(history =>
        {
            var now = new DateTimeOffset(Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var volunteer = Volunteer.Apply(new VolunteerProfile("Test Volunteer", "t@example.invalid", null, "Utrecht", ["nl"], 2, null), Start, now);
            foreach (var step in history.Steps)
            {
                try
                {
                    step.ApplyTo(volunteer, Start, Policy, now);
                }
                catch (DomainRuleException)
                {
                    // Refused, as it would be for a coordinator: the history goes on without it.
                }
            }

            var courses = new VolunteerEligibility(volunteer.Id);
            foreach (var fact in volunteer.TakeEvents())
            {
                Deliver(courses, fact);
            }

            var day = Start.AddDays(history.CheckedOnDay);
            foreach (var facility in Facilities)
            {
                foreach (var role in TrainerRoles)
                {
                    var suggested = volunteer.WhyNotTrainer(facility, role, Policy, day) is null;
                    var accepted = courses.WhyNotTrainer(facility, role, day) is null;
                    Assert.True(suggested == accepted,
                        $"On {day:yyyy-MM-dd} at {facility} as {role}: Volunteers says {volunteer.WhyNotTrainer(facility, role, Policy, day) ?? "eligible"}, " +
                        $"Courses says {courses.WhyNotTrainer(facility, role, day) ?? "eligible"}.");
                }
            }
        }, iter: 2_000);

    /// <summary>What Courses' consumer does with each of Volunteers' facts.</summary>
    private static void Deliver(VolunteerEligibility courses, IIntegrationEvent fact)
    {
        switch (fact)
        {
            case VolunteerActivatedV1 activated: courses.Apply(activated); break;
            case VolunteerDeactivatedV1 deactivated: courses.Apply(deactivated); break;
            case VolunteerAdmittedToFacilityV1 admitted: courses.Apply(admitted); break;
            case VolunteerAdmissionRevokedV1 revoked: courses.Apply(revoked); break;
            case VolunteerVogIssuedV1 issued: courses.Apply(issued); break;
            case VolunteerQualifiedV1 qualified: courses.Apply(qualified); break;
        }
    }
}
