using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Development;

/// <summary>
/// About 600 made-up volunteers for development: the same ones on every run (fixed random seed), spread
/// over regions, roles and lifecycle states, with VOGs of various ages and passes for real facility ids
/// from Courses' seed list. Names are combinations of common Dutch names; the e-mail domain is
/// <see cref="EmailDomain"/>, which marks them as development data.
/// </summary>
public static class DevelopmentVolunteers
{
    public const int Count = 600;
    public const string EmailDomain = "ontwikkeling.herstelwerk.invalid";

    private static readonly string[] FirstNames =
        ["Anna", "Bram", "Carla", "Daan", "Eva", "Femke", "Gerrit", "Hanna", "Ilse", "Jan", "Karin", "Lars", "Marieke", "Noah", "Oscar",
         "Petra", "Ruben", "Sanne", "Thijs", "Ursula", "Vera", "Willem", "Yara", "Zeynep", "Mohamed", "Fatima", "Joris", "Lotte", "Sem", "Ingrid"];

    private static readonly string[] LastNames =
        ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
         "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Yilmaz", "El Amrani", "Kramer", "van Dijk", "Koster"];

    private static readonly (string Region, string[] Facilities)[] Regions =
    [
        ("Groningen", ["pi-groningen", "fpc-mesdag"]), ("Friesland", ["pi-leeuwarden"]), ("Drenthe", ["pi-veenhuizen"]),
        ("Overijssel", ["pi-zwolle", "pi-almelo"]), ("Flevoland", ["pi-lelystad", "fpc-oostvaarderskliniek"]), ("Gelderland", ["pi-arnhem"]),
        ("Utrecht", ["pi-nieuwegein", "fpc-van-der-hoeven"]), ("Noord-Holland", ["pi-zaanstad", "pi-heerhugowaard", "jc-schiphol"]),
        ("Zuid-Holland", ["pi-rotterdam", "pi-haaglanden", "pi-dordrecht", "pi-krimpen", "pi-alphen"]), ("Zeeland", ["pi-middelburg"]),
        ("Noord-Brabant", ["pi-vught", "pi-grave"]), ("Limburg", ["pi-roermond", "pi-sittard", "fpc-rooyse-wissel"]),
    ];

    private static readonly string[][] LanguageSets = [["nl"], ["nl"], ["nl", "en"], ["nl", "en"], ["nl", "ar"], ["nl", "tr"], ["nl", "pap"], ["nl", "pl"]];

    /// <summary>Builds the volunteers through the domain, so they raise the same events real ones would.</summary>
    public static IEnumerable<Volunteer> Create(DateOnly today, DateTimeOffset now, VogPolicy policy)
    {
        var random = new Random(2026);
        for (var i = 0; i < Count; i++)
        {
            var (region, facilities) = Regions[random.Next(Regions.Length)];
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var appliedOn = today.AddDays(-random.Next(60, 3000));
            var profile = new VolunteerProfile($"{first} {last}", $"vrijwilliger{i + 1:000}@{EmailDomain}", null, region,
                LanguageSets[random.Next(LanguageSets.Length)], random.Next(1, 5), random.Next(3) == 0 ? "doordeweeks overdag" : "avonden en weekend");
            var volunteer = Volunteer.Apply(profile, appliedOn, now);
            // Most are active, as in the charity; the rest are spread over the other states.
            var stage = random.Next(100);
            var target = stage < 75 ? VolunteerStatus.Active : stage < 80 ? VolunteerStatus.Applied : stage < 84 ? VolunteerStatus.Interview
                : stage < 88 ? VolunteerStatus.Vog : stage < 92 ? VolunteerStatus.Training : stage < 97 ? VolunteerStatus.Inactive : VolunteerStatus.Left;
            Advance(volunteer, target, appliedOn, today, facilities, random, now, policy);
            yield return volunteer;
        }
    }

    private static void Advance(
        Volunteer volunteer, VolunteerStatus target, DateOnly appliedOn, DateOnly today, string[] facilities, Random random, DateTimeOffset now, VogPolicy policy)
    {
        if (target == VolunteerStatus.Applied)
        {
            return;
        }

        var on = appliedOn.AddDays(14);
        volunteer.MoveTo(VolunteerStatus.Interview, on, policy, now);
        if (target == VolunteerStatus.Interview)
        {
            return;
        }

        volunteer.MoveTo(VolunteerStatus.Vog, on = on.AddDays(7), policy, now);
        var request = volunteer.RequestVog(on);
        if (target == VolunteerStatus.Vog)
        {
            return;
        }

        // Some VOGs are old enough to be due soon or overdue, so those lists have content.
        var issuedOn = random.Next(10) == 0 ? today.AddMonths(-policy.RecheckIntervalMonths).AddDays(random.Next(-30, 50)) : on.AddDays(random.Next(7, 28));
        issuedOn = issuedOn < on ? on : issuedOn > today ? today : issuedOn;
        volunteer.DecideVog(request.Id, VogOutcome.Issued, issuedOn, policy, now);
        volunteer.MoveTo(VolunteerStatus.Training, issuedOn, policy, now);
        var trainedOn = issuedOn.AddDays(random.Next(7, 30));
        trainedOn = trainedOn > today ? today : trainedOn;
        volunteer.RecordTraining("Basistraining vrijwilligerswerk", VolunteerRoles.Visitor, trainedOn, now);
        var extraRole = VolunteerRoles.All[random.Next(1, VolunteerRoles.All.Count)];
        volunteer.RecordTraining($"Training {extraRole}", extraRole, trainedOn, now);
        if (target == VolunteerStatus.Training)
        {
            return;
        }

        volunteer.GrantAccess(facilities[random.Next(facilities.Length)], trainedOn, endsOn: null, now);
        if (volunteer.VogStandingOn(policy, trainedOn) == VogStanding.Overdue)
        {
            return;
        }

        volunteer.MoveTo(VolunteerStatus.Active, trainedOn, policy, now);
        RenewVogs(volunteer, today, random, now, policy);
        if (target is VolunteerStatus.Inactive or VolunteerStatus.Left)
        {
            var stoppedOn = today.AddDays(-random.Next(0, 30));
            volunteer.MoveTo(target, stoppedOn < trainedOn ? trainedOn : stoppedOn, policy, now);
        }
    }

    /// <summary>
    /// Renews each VOG a few weeks before its re-check, as the charity does, so most volunteers are
    /// current; about one in twelve let the last one lapse, so the overdue list has content too.
    /// </summary>
    private static void RenewVogs(Volunteer volunteer, DateOnly today, Random random, DateTimeOffset now, VogPolicy policy)
    {
        var lapses = random.Next(12) == 0;
        while (volunteer.VogDueOn(policy) is { } due && due <= today)
        {
            if (lapses && due.AddMonths(policy.RecheckIntervalMonths) > today)
            {
                return;
            }

            var issuedOn = due.AddDays(-random.Next(7, 40));
            var renewal = volunteer.RequestVog(issuedOn.AddDays(-random.Next(7, 28)));
            volunteer.DecideVog(renewal.Id, VogOutcome.Issued, issuedOn, policy, now);
        }
    }
}
