using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Tickets;

/// <summary>Counts the SLA deadlines (R-TKT-3, R-TKT-5) a durable write met or breached.</summary>
public static class SlaMetrics
{
    public static void Count(TicketState before, TicketState after)
    {
        foreach (var deadline in after.Sla.Where(d => d.State is SlaState.Met or SlaState.Breached))
        {
            var earlier = before.Sla.FirstOrDefault(d => d.Kind == deadline.Kind && d.Cycle == deadline.Cycle);
            if (earlier?.State != deadline.State)
            {
                ServiceTelemetry.SlaDeadlines.Add(
                    1, new KeyValuePair<string, object?>("kind", deadline.Kind.ToString()), new KeyValuePair<string, object?>("result", deadline.State == SlaState.Met ? "met" : "breached"));
            }
        }
    }
}
