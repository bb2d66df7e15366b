using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.Volunteers.Apis;

namespace HerstelWerk.Volunteers.Matching;

/// <summary>A volunteer suggested for a participant, with the reasons for their place in the ranking.</summary>
public sealed record Suggestion(Guid VolunteerId, string FullName, string Region, int FreeSlots, IReadOnlyList<string> Reasons)
    : IOpenApiExample<Suggestion>
{
    /// <summary>A visitor sought for a participant at PI Vught in Noord-Brabant who speaks Dutch; the reasons in the ranker's words and order.</summary>
    public static Suggestion Example => new(VolunteerExamples.VolunteerId, VolunteerExamples.FullName, VolunteerExamples.Region, 1,
        ["has an access pass for pi-vught", "lives in Noord-Brabant", "speaks nl", "1 of 2 places free"]);
}
