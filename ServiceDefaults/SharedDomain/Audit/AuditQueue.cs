using System.Threading.Channels;

namespace HerstelWerk.SharedDomain.Audit;

/// <summary>
/// Read-audit entries on their way to the database. A request only hands its entries over, which
/// costs microseconds; <see cref="AuditWriter"/> writes them in batches. The queue is bounded and waits
/// when full: it slows requests down rather than ever dropping an entry.
/// </summary>
public sealed class AuditQueue
{
    private readonly Channel<AuditEntry> _entries = Channel.CreateBounded<AuditEntry>(new BoundedChannelOptions(50_000)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    internal ChannelReader<AuditEntry> Reader => _entries.Reader;

    public int Pending => _entries.Reader.Count;

    public async ValueTask EnqueueAsync(IEnumerable<AuditEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            await _entries.Writer.WriteAsync(entry, cancellationToken);
        }
    }
}
