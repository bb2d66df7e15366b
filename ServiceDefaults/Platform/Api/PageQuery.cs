using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.ServiceDefaults.Api;

/// <summary>
/// Paging parameters for every list endpoint: <c>?page=1&amp;pageSize=25</c>, both optional. Lists never
/// return everything at once, because some (participants, volunteers) run into the thousands.
/// </summary>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page, at most 100.</param>
public sealed record PageQuery(
    [property: Range(1, PageQuery.MaxPage)] int Page = 1,
    [property: Range(1, PageQuery.MaxPageSize)] int PageSize = PageQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
    public const int MaxPage = 1_000_000;

    public int Skip => (Page - 1) * PageSize;
}
