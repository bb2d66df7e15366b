using Microsoft.AspNetCore.Components.Server.Circuits;

namespace HerstelWerk.Web.SignIn;

/// <summary>Notes every message from the browser's circuit as activity, for <see cref="SessionIdle"/>.</summary>
internal sealed class ActivityCircuitHandler(CircuitActivity activity) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            activity.Touch();
            return next(context);
        };
}
