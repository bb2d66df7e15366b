using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Placement.Apis;

/// <param name="ParticipantId">Only the candidate of this participant (Courses' pseudonymous id): at most one.</param>
/// <param name="AdviserId">Only this adviser's candidates.</param>
/// <param name="Unassigned">Only candidates without an adviser.</param>
/// <param name="FacilityId">Only candidates Courses reports held at this facility.</param>
/// <param name="OpenOnly">Leave out candidates who withdrew consent or were erased (default true).</param>
public sealed record CandidateSearch(
    Guid? ParticipantId = null,
    [property: StringLength(100)] string? AdviserId = null,
    bool Unassigned = false,
    [property: RegularExpression(Codes.CodePattern, ErrorMessage = Codes.FacilityMessage)] string? FacilityId = null,
    bool OpenOnly = true);
