using HerstelWerk.Web.Components;
using HerstelWerk.Web.Gateway;
using Microsoft.AspNetCore.Components;

namespace HerstelWerk.Web.Pages.Vrijwilligers;

/// <summary>
/// A step on one volunteer's record (a VOG request, a pass, a training): Volunteers answers with the whole
/// record, which the page then shows. A refused step keeps what was typed and shows the API's words.
/// </summary>
public abstract class VolunteerAction : RecordAction<Volunteer>
{
    [Inject]
    protected VolunteersClient Volunteers { get; set; } = null!;

    [Parameter, EditorRequired]
    public Volunteer Volunteer { get; set; } = null!;

    [Parameter]
    public EventCallback<Volunteer> OnChanged { get; set; }

    protected override Task AnsweredAsync(ApiResult<Volunteer> result) =>
        result.Succeeded ? OnChanged.InvokeAsync(result.Value) : Task.CompletedTask;
}
