namespace AfterSales.Grains.Common;

/// <summary>The kinds of outbox messages, one per owner of a projection.</summary>
public static class OutboxKinds
{
    /// <summary>A <c>TicketProjection</c>.</summary>
    public const string Ticket = "ticket";

    /// <summary>A <c>SatisfactionProjection</c>: the quality visits of an engineer, or one survey.</summary>
    public const string Satisfaction = "satisfaction";
}
