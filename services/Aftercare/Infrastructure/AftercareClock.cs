using HerstelWerk.ServiceDefaults;

namespace HerstelWerk.Aftercare.Infrastructure;

/// <summary>
/// The business date the APIs and the overdue check decide with ("today", "six months have passed").
/// Separate from the <see cref="TimeProvider"/> the outbox, inbox and retention run on, so a test can move
/// aftercare months ahead without disturbing message delivery.
/// </summary>
public class AftercareClock(TimeProvider time)
{
    public DateOnly Today => time.Today();

    public DateTimeOffset Now => time.GetUtcNow();
}
