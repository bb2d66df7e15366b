using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Aftercare.Apis;

public sealed record ExtensionDto(DateOnly From, DateOnly To, string? Reason) : IOpenApiExample<ExtensionDto>
{
    public static ExtensionDto Example => new(AftercareExamples.PlannedEndOn, new DateOnly(2027, 12, 1),
        "Het schuldhulptraject loopt nog; de buddy blijft betrokken tot de regeling rond is.");
}
