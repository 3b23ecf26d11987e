namespace AfterSales.Silo.Health;

/// <summary>The outbox as last looked at: how many messages wait for the read models, and how old the oldest is.</summary>
public sealed class OutboxStatus
{
    private (long Backlog, double LagSeconds, DateTimeOffset At)? _last;

    public (long Backlog, double LagSeconds, DateTimeOffset At)? Last => _last;

    public void Record(long backlog, double lagSeconds, DateTimeOffset at) => _last = (backlog, lagSeconds, at);
}
