using System.ComponentModel.DataAnnotations;
using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.Apis;

/// <summary>Filters for the participant list; all optional and combined with AND.</summary>
/// <param name="FacilityId">Participants held at this facility now.</param>
/// <param name="Status">Participants whose current status is this.</param>
/// <param name="Search">Part of the name, or the exact prison registration number.</param>
/// <param name="Sort">The order of the whole list, before paging; newest intake first by default.</param>
public sealed record ParticipantSearch(
    [property: StringLength(50)] string? FacilityId = null,
    ParticipantStatus? Status = null,
    [property: StringLength(100, MinimumLength = 2)] string? Search = null,
    ParticipantOrder? Sort = null);
