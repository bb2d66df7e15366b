namespace HerstelWerk.ServiceDefaults.Api;

/// <summary>One page of a list, with what a front end needs to draw the pager.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int TotalPages => TotalCount == 0 ? 0 : (int)Math.Ceiling(TotalCount / (double)PageSize);
}
