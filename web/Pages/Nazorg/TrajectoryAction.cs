using HerstelWerk.Web.Components;
using HerstelWerk.Web.Gateway;
using Microsoft.AspNetCore.Components;

namespace HerstelWerk.Web.Pages.Nazorg;

/// <summary>
/// A change to one trajectory (a basic condition, an extension, the closing). It sends the ETag the page
/// read; when someone changed the trajectory in between (412), the page reloads it and the form keeps
/// what was typed, saying so, so the coordinator checks the latest state and sends again.
/// </summary>
public abstract class TrajectoryAction : RecordAction<Trajectory>
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

    // A stale ETag (412) reloads the page's trajectory too, so the coordinator sees what changed.
    protected override Task AnsweredAsync(ApiResult<Trajectory> result) =>
        result.Succeeded || result.Problem.Stale ? OnChanged.InvokeAsync() : Task.CompletedTask;
}
