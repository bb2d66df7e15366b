using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace HerstelWerk.ServiceDefaults.Telemetry;

/// <summary>
/// The activity source and meter for HerstelWerk's own instrumentation (outbox, inbox, migrations).
/// Both are registered with OpenTelemetry, so what they record shows in the Aspire dashboard.
/// </summary>
public static class HerstelWerkDiagnostics
{
    public const string Name = "HerstelWerk";

    public static readonly ActivitySource ActivitySource = new(Name);

    /// <summary>Names of the custom metrics, as operators see them in the dashboard.</summary>
    public static class Metrics
    {
        public const string OutboxPublished = "herstelwerk.outbox.published";
        public const string OutboxPublishFailures = "herstelwerk.outbox.publish_failures";
        public const string OutboxUndeliverable = "herstelwerk.outbox.undeliverable";
        public const string OutboxDeliveryDelay = "herstelwerk.outbox.delivery_delay";
        public const string OutboxPending = "herstelwerk.outbox.pending";
        public const string InboxProcessed = "herstelwerk.inbox.processed";
        public const string InboxDuplicates = "herstelwerk.inbox.duplicates";
        public const string Redeliveries = "herstelwerk.messaging.redeliveries";
        public const string AuditWriteDuration = "herstelwerk.audit.request_cost";
        public const string AuditBatchDuration = "herstelwerk.audit.batch_duration";
        public const string AuditEntriesWritten = "herstelwerk.audit.written";
        public const string AuditPending = "herstelwerk.audit.pending";
        public const string SignIns = "herstelwerk.identity.sign_ins";
    }

    public static Meter CreateMeter(IMeterFactory factory) => factory.Create(Name);
}
