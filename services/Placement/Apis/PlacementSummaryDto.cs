using HerstelWerk.Placement.Model;

namespace HerstelWerk.Placement.Apis;

/// <summary>One pipeline in short, as a candidate's record lists it.</summary>
public sealed record PlacementSummaryDto(Guid Id, Guid VacancyId, Guid EmployerId, PlacementStage Stage, DateOnly StageSince, bool AwaitsRetentionConfirmation)
{
    public static PlacementSummaryDto From(JobPlacement p) => new(p.Id, p.VacancyId, p.EmployerId, p.Stage, p.StageSince, p.AwaitsRetentionConfirmation);
}
