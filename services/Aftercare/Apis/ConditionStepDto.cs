using HerstelWerk.Aftercare.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Aftercare.Apis;

public sealed record ConditionStepDto(ConditionStatus Status, DateOnly On) : IOpenApiExample<ConditionStepDto>
{
    public static ConditionStepDto Example => new(ConditionStatus.Arranged, new DateOnly(2027, 3, 8));
}
