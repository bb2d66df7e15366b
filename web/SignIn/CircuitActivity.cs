namespace HerstelWerk.Web.SignIn;

/// <summary>When the user of this circuit last did something (a click, a keystroke sent to the server).</summary>
public sealed class CircuitActivity(TimeProvider clock)
{
    public DateTimeOffset LastActivity { get; private set; } = clock.GetUtcNow();

    public void Touch() => LastActivity = clock.GetUtcNow();
}
