using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Sla;
using AfterSales.Grains.Tickets;

namespace AfterSales.Bench;

/// <summary>
/// 100,000 closed tickets over 52 weeks: their facts as the ticket grains report them, and their grain state. Each
/// ticket's state is as a closed ticket's, without the history and the report (so the baseline reads lighter
/// grains than real ones, in its favour).
/// </summary>
public sealed class BenchTickets(int count, DateOnly lastDay, BusinessCalendar calendar)
{
    private static readonly string[] Regions = ["Shandong", "Jiangsu", "Guangdong", "Henan", "Sichuan", "Hebei"];

    public DateOnly FirstDay => lastDay.AddDays(-52 * 7 + 1);

    public IEnumerable<(TicketState State, TicketFacts Facts)> Generate()
    {
        var random = new Random(52);
        var start = new DateTimeOffset(FirstDay.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(8));
        for (var i = 0; i < count; i++)
        {
            var received = start.AddMinutes(random.Next(0, 52 * 7 * 24 * 60 - 60 * 24));
            var contact = received.AddHours(random.NextDouble() * 3);
            var arrived = random.Next(3) == 0 ? (DateTimeOffset?)null : received.AddHours(2 + (random.NextDouble() * 40));
            var resolved = (arrived ?? contact).AddHours(1 + (random.NextDouble() * 5));
            var state = new TicketState
            {
                Opened = true, Status = TicketStatus.Closed, Channel = IntakeChannel.Telephone, CustomerId = $"C-bench-{i % 2000:0000}",
                MachineSerial = $"TM-{i:000000}", ProductLine = (ProductLine)(i % 3), Description = "drum does not rotate",
                ReceivedBy = "assistant", ReceivedAt = received, FirstContactAt = contact, ArrivedAt = arrived, ResolvedAt = resolved,
                ClosedAt = resolved.AddHours(30), Version = 1, CustomerRegion = Regions[i % Regions.Length],
            };
            double Hours(DateTimeOffset? t) => Math.Round((t!.Value - received).TotalHours, 2);
            var facts = new TicketFacts(
                Id(i), 1, received, state.CustomerRegion, state.ProductLine, state.CustomerId, null, null, Hours(contact),
                arrived is null ? null : Hours(arrived), Hours(resolved), 0, true);
            yield return (state, facts);
        }
    }

    public static string Id(int i) => $"T-bench-{i:000000}";

    public string WeekOf(DateTimeOffset receivedAt) => ReportPeriods.Of(Bucket.Week, calendar.LocalDate(receivedAt));

    public TicketSummary Summary(TicketState s, string id) =>
        new(id, s.Status, s.Channel, s.CustomerId, s.MachineSerial, s.ProductLine, s.Category, s.EngineerId, s.StationId, s.ReceivedAt, s.Version);
}
