using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Seeder;

/// <summary>Tells a ticket's story to its grain, each command at its own historic time; steps after now wait.</summary>
public sealed class TicketWalker(IGrainFactory grains, DateTimeOffset now)
{
    /// <summary>The ticket's status at the end, or null when not even its intake is in the past.</summary>
    public async Task<TicketStatus?> Walk(TicketStory story)
    {
        var ticket = grains.Get<ITicketGrain>(story.TicketId);
        TicketStatus? status = null;
        foreach (var step in story.Steps.TakeWhile(s => s.At <= now))
        {
            HistoricClock.Set(step.At);
            try
            {
                status = (await step.Run(ticket)).Status;
            }
            catch (Exception e)
            {
                throw new DemoSeedException($"ticket {story.TicketId}, step '{step.Name}' at {step.At:u}: {e.Message}", e);
            }
        }

        return status;
    }
}
