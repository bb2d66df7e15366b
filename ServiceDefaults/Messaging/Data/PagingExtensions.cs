using HerstelWerk.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Messaging.Data;

public static class PagingExtensions
{
    /// <summary>Counts and fetches one page. The query must already be ordered, so pages are stable.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, PageQuery paging, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new Page<T>(items, paging.Page, paging.PageSize, total);
    }
}
