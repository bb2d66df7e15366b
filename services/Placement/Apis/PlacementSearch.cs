using HerstelWerk.Placement.Model;

namespace HerstelWerk.Placement.Apis;

/// <param name="CandidateId">Only this candidate's pipelines.</param>
/// <param name="VacancyId">Only pipelines for this vacancy.</param>
/// <param name="Stage">Only pipelines at this stage.</param>
/// <param name="OpenOnly">Leave out pipelines that ended (default false).</param>
public sealed record PlacementSearch(Guid? CandidateId = null, Guid? VacancyId = null, PlacementStage? Stage = null, bool OpenOnly = false);
