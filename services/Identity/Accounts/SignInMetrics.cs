using System.Diagnostics.Metrics;
using HerstelWerk.ServiceDefaults.Telemetry;
using HerstelWerk.SharedDomain.Audit;

namespace HerstelWerk.Identity.Accounts;

/// <summary>
/// Sign-ins in the dashboard, by outcome: a run of failures or lock-outs is someone guessing, and an
/// operator should see it without reading the audit log.
/// </summary>
public sealed class SignInMetrics
{
    private readonly Counter<long> _signIns;

    public SignInMetrics(IMeterFactory meterFactory) =>
        _signIns = HerstelWerkDiagnostics.CreateMeter(meterFactory)
            .CreateCounter<long>(HerstelWerkDiagnostics.Metrics.SignIns, "{attempt}", "Sign-in attempts at the identity provider, by outcome");

    public void Record(AuditAction action)
    {
        var outcome = action switch
        {
            AuditAction.SignIn => "succeeded",
            AuditAction.SignInFailure => "failed",
            AuditAction.LockOut => "locked_out",
            _ => null,
        };
        if (outcome is not null)
        {
            _signIns.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        }
    }
}
