using System.Diagnostics.CodeAnalysis;

namespace HerstelWerk.Web.Gateway;

/// <summary>An answer from the gateway: a value, or the problem that stopped it.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem, string? ETag = null)
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;
}
