using HerstelWerk.Web.Gateway;
using Microsoft.AspNetCore.Components;

namespace HerstelWerk.Web.Pages.Vrijwilligers;

/// <summary>
/// A step on one volunteer's record (a VOG request, a pass, a training): Volunteers answers with the whole
/// record, which the page then shows. A refused step keeps what was typed and shows the API's words.
/// </summary>
public abstract class VolunteerAction : ComponentBase
{
    [Inject]
    protected VolunteersClient Volunteers { get; set; } = null!;

    [Parameter, EditorRequired]
    public Volunteer Volunteer { get; set; } = null!;

    [Parameter]
    public EventCallback<Volunteer> OnChanged { get; set; }

    protected ApiProblem? Problem { get; private set; }

    protected bool Sending { get; private set; }

    /// <returns>Whether the step was made.</returns>
    protected async Task<bool> SendAsync(Func<Task<ApiResult<Volunteer>>> change)
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
            if (result.Succeeded)
            {
                await OnChanged.InvokeAsync(result.Value);
            }

            return result.Succeeded;
        }
        finally
        {
            Sending = false;
        }
    }
}
