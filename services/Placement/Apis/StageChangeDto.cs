using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

public sealed record StageChangeDto(PlacementStage Stage, DateOnly On, string? Reason, Guid? VisitId) : IOpenApiExample<StageChangeDto>
{
    /// <summary>An interview held at an employer visit.</summary>
    public static StageChangeDto Example => new(PlacementStage.Interview, new DateOnly(2027, 2, 10), null, PlacementExamples.VisitId);
}
