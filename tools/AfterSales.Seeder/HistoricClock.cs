namespace AfterSales.Seeder;

/// <summary>
/// The rules' clock of the demo seed only: the time the seeder put into the Orleans <see cref="RequestContext"/> for the
/// call in flight, or the system time when there is none. The request context flows into the grain calls and the calls
/// they make, so each ticket seeded in parallel carries its own historic time through every grain it touches.
/// </summary>
public sealed class HistoricClock : TimeProvider
{
    /// <summary>The request-context key of the time an event happened.</summary>
    public const string Key = "aftersales-now";

    /// <summary>The events of the calls made from here on in this async flow happen at <paramref name="at"/>.</summary>
    public static void Set(DateTimeOffset at) => RequestContext.Set(Key, at);

    public override DateTimeOffset GetUtcNow() =>
        RequestContext.Get(Key) is DateTimeOffset at ? at.ToUniversalTime() : System.GetUtcNow();
}
