using System.Globalization;
using System.Text.Json;
using AfterSales.GrainInterfaces.Campaigns;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;

namespace AfterSales.Persistence.ReadModels;

/// <summary>
/// Service campaigns (R-CMP-1) as the read models see them: the campaigns (RmCampaign), the machines a campaign reaches
/// that have no ticket of it yet (RmMachine anti-joined with RmTicket), and its progress, counted from its tickets.
/// </summary>
public sealed partial class ReadModel
{
    // A campaign ticket is done once its report is filed (R-TKT-10), or when it is closed.
    private const string CampaignDone = "(Status IN ('ReportFiled', 'Closed') OR Closed = 1)";

    /// <summary>Campaigns newest first, one keyset page; a station's those with a ticket routed to it.</summary>
    public Task<Page<CampaignView>> Campaigns(string? stationId, int limit, string? cursor)
    {
        var where = new List<string>();
        var parameters = new List<(string, object?)>();
        if (stationId is not null)
        {
            where.Add("EXISTS (SELECT 1 FROM RmTicket t WHERE t.CampaignId = RmCampaign.Id AND t.StationId = @Station)");
            parameters.Add(("Station", stationId));
        }

        return NewestFirst<CampaignView>("RmCampaign", "CreatedAt", "Summary", where, parameters, limit, cursor);
    }

    /// <summary>Every campaign, by id (the enrolment's round).</summary>
    public Task<List<CampaignView>> AllCampaigns() =>
        Query("SELECT Summary FROM RmCampaign ORDER BY Id", r => JsonSerializer.Deserialize<CampaignView>(r.GetString(0), OutboxJson.Options)!);

    /// <summary>
    /// R-CMP-1: the serials of the machines the campaign reaches that have no ticket of it yet, after <paramref name="after"/>
    /// by serial, at most <paramref name="max"/>: its list of serials, or its product line, models and commissioning range.
    /// A machine registered or commissioned later is found at the next round (the late joiner).
    /// </summary>
    public Task<List<string>> CampaignReach(CampaignView campaign, string after, int max)
    {
        var where = new List<string> { "m.Serial > @After" };
        var parameters = new List<(string, object?)> { ("After", after), ("Max", max), ("Campaign", campaign.Id) };
        if (campaign.Serials is { Count: > 0 } serials)
        {
            where.Add($"m.Serial IN ({string.Join(", ", serials.Select((_, i) => $"@S{i}"))})");
            parameters.AddRange(serials.Select((s, i) => ($"S{i}", (object?)s)));
        }
        else if (campaign.ProductLine is { } line)
        {
            where.Add("m.ProductLine = @Line");
            parameters.Add(("Line", line.ToString()));
            if (campaign.Models is { Count: > 0 } models)
            {
                where.Add($"m.Model IN ({string.Join(", ", models.Select((_, i) => $"@M{i}"))})");
                parameters.AddRange(models.Select((m, i) => ($"M{i}", (object?)m)));
            }

            // CommissionedOn is 'yyyy-MM-dd': its text order is the dates' order.
            if (campaign.CommissionedFrom is { } from)
            {
                where.Add("m.CommissionedOn >= @From");
                parameters.Add(("From", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            if (campaign.CommissionedTo is { } to)
            {
                where.Add("m.CommissionedOn <= @To");
                parameters.Add(("To", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
        }
        else
        {
            return Task.FromResult(new List<string>());
        }

        return Query(
            $"""
            SELECT m.Serial FROM RmMachine m
            WHERE {string.Join(" AND ", where)}
              AND NOT EXISTS (SELECT 1 FROM RmTicket t WHERE t.MachineSerial = m.Serial AND t.CampaignId = @Campaign)
            ORDER BY m.Serial LIMIT @Max
            """,
            r => r.GetString(0),
            [.. parameters]);
    }

    /// <summary>
    /// R-CMP-1: the campaigns with their progress from their tickets: machines (tickets), done, open and overdue (open
    /// after the due date, <paramref name="today"/> being the local date), in all and by station; only a station's part
    /// when <paramref name="stationId"/> is given.
    /// </summary>
    public async Task<IReadOnlyList<CampaignView>> WithProgress(IReadOnlyList<CampaignView> campaigns, string? stationId, DateOnly today)
    {
        if (campaigns.Count == 0)
        {
            return campaigns;
        }

        var where = new List<string> { $"CampaignId IN ({string.Join(", ", campaigns.Select((_, i) => $"@C{i}"))})" };
        var parameters = campaigns.Select((c, i) => ($"C{i}", (object?)c.Id)).ToList();
        Add(where, parameters, "StationId", stationId);
        var rows = await Query(
            $"SELECT CampaignId, StationId, SUM(CASE WHEN {CampaignDone} THEN 1 ELSE 0 END), COUNT(*) FROM RmTicket{Clause(where)} GROUP BY CampaignId, StationId",
            r => (Campaign: r.GetString(0), Station: NullableString(r, 1), Done: Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture),
                All: Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture)),
            [.. parameters]);
        return [.. campaigns.Select(c =>
        {
            var overdue = today > c.DueBy;
            var byStation = rows.Where(r => r.Campaign == c.Id).OrderBy(r => r.Station, StringComparer.Ordinal)
                .Select(r => new CampaignStationProgress(r.Station, r.Done, r.All - r.Done, overdue ? r.All - r.Done : 0)).ToList();
            return c with
            {
                Machines = byStation.Sum(s => s.Done + s.Open),
                Done = byStation.Sum(s => s.Done),
                Open = byStation.Sum(s => s.Open),
                Overdue = byStation.Sum(s => s.Overdue),
                ByStation = byStation,
            };
        })];
    }

    /// <summary>The machines of a campaign and their tickets by serial, one keyset page; a station's own.</summary>
    public async Task<Page<CampaignMachine>> CampaignMachines(string campaignId, string? stationId, int limit, string? cursor)
    {
        var where = new List<string> { "CampaignId = @Campaign" };
        var parameters = new List<(string, object?)> { ("Campaign", campaignId), ("Limit", limit + 1) };
        Add(where, parameters, "StationId", stationId);
        if (Cursor.Read(cursor) is { } last)
        {
            where.Add("MachineSerial > @CursorId");
            parameters.Add(("CursorId", last.Id));
        }

        var rows = await Query(
            $"SELECT MachineSerial, Id, Status, StationId FROM RmTicket{Clause(where)} ORDER BY MachineSerial LIMIT @Limit",
            r => new CampaignMachine(r.GetString(0), r.GetString(1), Enum.Parse<TicketStatus>(r.GetString(2)), NullableString(r, 3)),
            [.. parameters]);
        return new Page<CampaignMachine>([.. rows.Take(limit)], rows.Count > limit ? Cursor.Of(0, rows[limit - 1].Serial) : null);
    }
}
