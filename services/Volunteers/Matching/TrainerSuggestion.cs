using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.Volunteers.Apis;

namespace HerstelWerk.Volunteers.Matching;

/// <summary>A volunteer Courses would accept as trainer of a run, with the reasons for their place in the ranking.</summary>
/// <param name="RunsTrainedNow">Other runs with a session still to come that the volunteer trains.</param>
/// <param name="FreeSlots">Places free for participants (capacity less open assignments).</param>
/// <param name="VogRecheckDueOn">The last day the volunteer's VOG counts.</param>
public sealed record TrainerSuggestion(
    Guid VolunteerId, string FullName, string Region, int RunsTrainedNow, int FreeSlots, DateOnly? VogRecheckDueOn, IReadOnlyList<string> Reasons)
    : IOpenApiExample<TrainerSuggestion>
{
    /// <summary>A CAO trainer for a run at PI Zwolle; the reasons in the ranker's words and order.</summary>
    public static TrainerSuggestion Example => new(VolunteerExamples.VolunteerId, VolunteerExamples.FullName, VolunteerExamples.Region, 0, 1, new DateOnly(2029, 5, 4),
        ["can train until the last session", "trains no other run now", "1 of 2 places free", "VOG re-check due on 2029-05-04"]);
}
