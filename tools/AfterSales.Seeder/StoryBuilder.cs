using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Seeder;

/// <summary>Writes a ticket's story step by step; time only moves forward, at least a minute per step.</summary>
public sealed class StoryBuilder(string ticketId, DateTimeOffset receivedAt)
{
    private readonly List<TicketStep> _steps = [];

    public string TicketId => ticketId;

    /// <summary>The time of the last step.</summary>
    public DateTimeOffset Cursor { get; private set; } = receivedAt;

    /// <summary>The time that many minutes or hours after the last step.</summary>
    public DateTimeOffset Next(TimeSpan after) => Cursor + after;

    public StoryBuilder At(DateTimeOffset at, string name, Func<ITicketGrain, Task<TicketView>> run)
    {
        Cursor = _steps.Count == 0 ? at : (at > Cursor ? at : Cursor.AddMinutes(1));
        _steps.Add(new TicketStep(Cursor, name, run));
        return this;
    }

    public StoryBuilder After(TimeSpan after, string name, Func<ITicketGrain, Task<TicketView>> run) => At(Cursor + after, name, run);

    /// <summary>The story, or its beginning only when the ticket stalls after <paramref name="keep"/> steps.</summary>
    public TicketStory Build(int? keep = null) => new(ticketId, keep is { } k ? [.. _steps.Take(Math.Max(1, k))] : [.. _steps]);

    public int Count => _steps.Count;
}
