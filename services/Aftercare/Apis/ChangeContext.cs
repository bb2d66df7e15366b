using HerstelWerk.Aftercare.Model;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>What a change to a trajectory may need: the business date, the policy and who is calling.</summary>
public sealed record ChangeContext(DateOnly Today, DateTimeOffset Now, AftercarePolicy Policy, Caller Caller);
