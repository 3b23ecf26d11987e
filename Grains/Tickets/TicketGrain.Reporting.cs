using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;
using AfterSales.Grains.Sla;

namespace AfterSales.Grains.Tickets;

/// <summary>What the ticket tells the read models with each write: its facts for the response-time reports, and the
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

    /// <summary>What the read models hold of this version: the line in the lists, the facts, responses, old parts, alerts.</summary>
    private OutboxMessage Projection() => OutboxJson.Message(
        OutboxKinds.Ticket, Id, S.Version, new TicketProjection(ToSummary(), ToFacts(), [.. SatisfactionResponses()], [.. S.OldParts], [.. S.Alerts]));
}
