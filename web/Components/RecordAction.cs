using HerstelWerk.Web.Gateway;
using Microsoft.AspNetCore.Components;

namespace HerstelWerk.Web.Components;

/// <summary>
/// A form that changes one record and gets the record back: it sends once at a time (a double click is
/// one change), keeps the API's problem for the form to show beside what was typed, and lets the page
/// decide what an answer means for it (<see cref="AnsweredAsync"/>).
/// </summary>
public abstract class RecordAction<TRecord> : ComponentBase
{
    protected ApiProblem? Problem { get; private set; }

    protected bool Sending { get; private set; }

    /// <returns>Whether the change was made.</returns>
    protected async Task<bool> SendAsync(Func<Task<ApiResult<TRecord>>> change)
    {
        if (Sending)
        {
            return false;
        }

        Sending = true;
        try
        {
            var result = await change();
            Problem = result.Problem;
            await AnsweredAsync(result);
            return result.Succeeded;
        }
        finally
        {
            Sending = false;
        }
    }

    /// <summary>What the page does with the service's answer, made or refused.</summary>
    protected abstract Task AnsweredAsync(ApiResult<TRecord> result);
}
