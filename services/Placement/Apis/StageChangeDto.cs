using HerstelWerk.Placement.Model;

namespace HerstelWerk.Placement.Apis;

public sealed record StageChangeDto(PlacementStage Stage, DateOnly On, string? Reason, Guid? VisitId);
