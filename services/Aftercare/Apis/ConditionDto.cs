using HerstelWerk.Aftercare.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>One basic condition: where it stands since when, and its dated history.</summary>
public sealed record ConditionDto(BasicCondition Condition, ConditionStatus Status, DateOnly? Since, IReadOnlyList<ConditionStepDto> History)
    : IOpenApiExample<ConditionDto>
{
    /// <summary>The identity card, applied for in the first week and collected the next.</summary>
    public static ConditionDto Example => new(BasicCondition.IdDocument, ConditionStatus.Arranged, ConditionStepDto.Example.On,
        [new(ConditionStatus.InProgress, new DateOnly(2027, 3, 2)), ConditionStepDto.Example]);
}
