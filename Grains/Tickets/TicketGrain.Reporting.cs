using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Sla;

namespace AfterSales.Grains.Tickets;

/// <summary>What the ticket tells the reports: its facts for the week and month it was received in, and the
/// satisfaction responses it collected (confirmations and service-report ratings, R-SAT-1).</summary>
public sealed partial class TicketGrain
{
    private TicketFacts ToFacts()
    {
        double? Hours(DateTimeOffset? t) => t is { } v ? Math.Round((v - S.ReceivedAt).TotalHours, 2) : null;
        var now = clock.GetUtcNow();
        return new TicketFacts(
            Id, S.Version, S.ReceivedAt, S.CustomerRegion, S.ProductLine, S.CustomerId, S.EngineerId, S.StationId,
            Hours(S.FirstContactAt), Hours(S.ArrivedAt), Hours(S.ResolvedAt),
            S.Sla.Count(d => SlaClock.AsOf(d, now, calendar).State == SlaState.Breached), S.Status == TicketStatus.Closed);
    }

    private IEnumerable<SatisfactionResponse> SatisfactionResponses()
    {
        SatisfactionResponse Response(string id, SatisfactionSource source, int score, DateTimeOffset at) =>
            new(id, source, score, at, S.CustomerId, S.EngineerId, S.StationId, S.CustomerRegion, S.ProductLine);

        foreach (var (c, i) in S.Confirmations.Select((c, i) => (c, i)).Where(x => x.c.Rating is not null))
        {
            yield return Response($"{Id}:confirmation:{i}", SatisfactionSource.TicketConfirmation, c.Rating!.Value, c.At);
        }

        foreach (var r in S.EarlierReports.Append(S.Report).OfType<ServiceReport>().Where(r => r.CustomerRating is not null && r.SignedAt is not null))
        {
            yield return Response($"{Id}:report:{r.SubmittedAt.UtcTicks}", SatisfactionSource.ServiceReport, r.CustomerRating!.Value, r.SignedAt!.Value);
        }
    }

    private async Task ReportFacts()
    {
        var facts = ToFacts();
        var received = calendar.LocalDate(S.ReceivedAt);
        await Task.WhenAll(
            GrainFactory.GetGrain<IResponseTimesGrain>(ReportPeriods.Key(Bucket.Week, ReportPeriods.Of(Bucket.Week, received))).Record(facts),
            GrainFactory.GetGrain<IResponseTimesGrain>(ReportPeriods.Key(Bucket.Month, ReportPeriods.Of(Bucket.Month, received))).Record(facts));
        foreach (var month in SatisfactionResponses().GroupBy(r => ReportPeriods.Of(Bucket.Month, calendar.LocalDate(r.At))))
        {
            await GrainFactory.GetGrain<ISatisfactionMonthGrain>(month.Key).Record([.. month]);
        }
    }
}
