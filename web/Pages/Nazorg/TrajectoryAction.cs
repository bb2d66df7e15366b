using HerstelWerk.Web.Gateway;
using Microsoft.AspNetCore.Components;

namespace HerstelWerk.Web.Pages.Nazorg;

/// <summary>
/// A change to one trajectory (a basic condition, an extension, the closing). It sends the ETag the page
/// read; when someone changed the trajectory in between (412), the page reloads it and the form keeps
/// what was typed, saying so, so the coordinator checks the latest state and sends again.
/// </summary>
public abstract class TrajectoryAction : ComponentBase
{
    [Inject]
    protected AftercareClient Aftercare { get; set; } = null!;

    [Parameter, EditorRequired]
    public Trajectory Trajectory { get; set; } = null!;

    [Parameter, EditorRequired]
    public string ETag { get; set; } = "";

    /// <summary>Reloads the trajectory on the page (after a change, or after someone else's).</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    protected ApiProblem? Problem { get; private set; }

    protected bool Sending { get; private set; }

    /// <returns>Whether the change was made.</returns>
    protected async Task<bool> SendAsync(Func<Task<ApiResult<Trajectory>>> change)
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
            if (result.Succeeded || result.Problem.Stale)
            {
                await OnChanged.InvokeAsync();
            }

            return result.Succeeded;
        }
        finally
        {
            Sending = false;
        }
    }
}
