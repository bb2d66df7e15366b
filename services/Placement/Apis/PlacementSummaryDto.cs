using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

/// <summary>One pipeline in short, as a candidate's record lists it.</summary>
public sealed record PlacementSummaryDto(Guid Id, Guid VacancyId, Guid EmployerId, PlacementStage Stage, DateOnly StageSince, bool AwaitsRetentionConfirmation)
    : IOpenApiExample<PlacementSummaryDto>
{
    public static PlacementSummaryDto Example => new(
        PlacementExamples.PlacementId, PlacementExamples.VacancyId, PlacementExamples.EmployerId, PlacementStage.Interview, new DateOnly(2027, 2, 10), false);

    public static PlacementSummaryDto From(JobPlacement p) => new(p.Id, p.VacancyId, p.EmployerId, p.Stage, p.StageSince, p.AwaitsRetentionConfirmation);
}
