using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Matching;

/// <summary>
/// Ranks trainers for a course run. Only volunteers Courses would accept on the business date are listed
/// (<see cref="Volunteer.WhyNotTrainer"/>), and not those who train the run already. The rest are ordered by,
/// in turn: whether their pass and VOG hold until the run's last session (a trainer who would have to stop
/// half-way comes after those who can finish it); the fewest other runs they train now, to spread the work;
/// the most free places; and the VOG re-check furthest away. Each suggestion says why, in that order.
/// </summary>
public static class TrainerRanker
{
    /// <param name="runsTrainedNow">Per volunteer, how many other unfinished runs they train.</param>
    public static IReadOnlyList<TrainerSuggestion> Rank(
        CourseRun run, string role, IEnumerable<Volunteer> volunteers, IReadOnlyDictionary<Guid, int> runsTrainedNow, VogPolicy policy, DateOnly today) =>
        [.. volunteers
            .Where(v => !run.TrainerVolunteerIds.Contains(v.Id) && v.WhyNotTrainer(run.FacilityId, role, policy, today) is null)
            .Select(v => new
            {
                Volunteer = v,
                RunsTrainedNow = runsTrainedNow.GetValueOrDefault(v.Id),
                VogDueOn = v.VogDueOn(policy),
                PassToTheEnd = v.HasAccessOn(run.FacilityId, run.LastDay),
                VogToTheEnd = !(run.LastDay > v.VogDueOn(policy)),
            })
            .OrderByDescending(c => c.PassToTheEnd && c.VogToTheEnd)
            .ThenBy(c => c.RunsTrainedNow)
            .ThenByDescending(c => c.Volunteer.FreeSlots)
            .ThenByDescending(c => c.VogDueOn)
            .ThenBy(c => c.Volunteer.FullName, StringComparer.Ordinal)
            .ThenBy(c => c.Volunteer.Id)
            .Select(c => new TrainerSuggestion(c.Volunteer.Id, c.Volunteer.FullName, c.Volunteer.Region, c.RunsTrainedNow, c.Volunteer.FreeSlots, c.VogDueOn,
                Reasons(c.Volunteer, run, c.RunsTrainedNow, c.VogDueOn, c.PassToTheEnd, c.VogToTheEnd)))];

    private static List<string> Reasons(Volunteer volunteer, CourseRun run, int runsTrainedNow, DateOnly? vogDueOn, bool passToTheEnd, bool vogToTheEnd)
    {
        var reasons = new List<string>();
        if (passToTheEnd && vogToTheEnd)
        {
            reasons.Add("can train until the last session");
        }

        if (!passToTheEnd)
        {
            reasons.Add($"the access pass for {run.FacilityId} ends before the last session ({run.LastDay:yyyy-MM-dd})");
        }

        if (!vogToTheEnd)
        {
            reasons.Add($"the VOG re-check falls before the last session ({run.LastDay:yyyy-MM-dd})");
        }

        reasons.Add(runsTrainedNow switch
        {
            0 => "trains no other run now",
            1 => "trains 1 other run now",
            _ => $"trains {runsTrainedNow} other runs now",
        });
        reasons.Add($"{volunteer.FreeSlots} of {volunteer.Capacity} places free");
        reasons.Add($"VOG re-check due on {vogDueOn:yyyy-MM-dd}");
        return reasons;
    }
}
