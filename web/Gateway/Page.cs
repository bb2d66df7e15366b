namespace HerstelWerk.Web.Gateway;

/// <summary>The API's one paging shape.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount, int TotalPages);
