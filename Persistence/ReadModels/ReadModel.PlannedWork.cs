using System.Text.Json;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;

namespace AfterSales.Persistence.ReadModels;

/// <summary>The planned work of the dashboard: preventive maintenance on time (R-PM-2) and campaigns' completion (R-CMP-1), by station.</summary>
public sealed partial class ReadModel
{
    /// <summary>
    /// The preventive-maintenance tickets received in [from, before) that match the filter: their station, whether their
    /// report is filed (or they are closed), when the work was done (resolved) and the due point they served.
    /// </summary>
    public Task<List<(string? StationId, bool Done, DateTimeOffset? ResolvedAt, MaintenanceDue? Due)>> MaintenanceWork(TicketFilter filter)
    {
        var (where, parameters) = Where(filter);
        where.Add($"Channel = '{nameof(IntakeChannel.PreventiveMaintenance)}'");
        return Query(
            $"SELECT StationId, Status, Closed, ReceivedAt, ResolutionHours, Summary FROM RmTicket{Clause(where)}",
            r =>
            {
                var done = r.GetInt32(2) == 1 || r.GetString(1) == nameof(TicketStatus.ReportFiled);
                DateTimeOffset? resolved = r.IsDBNull(4) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)).AddHours(r.GetDouble(4));
                var due = JsonSerializer.Deserialize<TicketSummary>(r.GetString(5), OutboxJson.Options)!.Maintenance;
                return (NullableString(r, 0), done, resolved, due);
            },
            [.. parameters]);
    }

    /// <summary>Every campaign ticket that matches the filter, counted by campaign, station and whether it is done.</summary>
    public Task<List<(string CampaignId, string? StationId, bool Done, int Count)>> CampaignWork(TicketFilter filter)
    {
        var (where, parameters) = Where(filter);
        where.Add("CampaignId IS NOT NULL");
        return Query(
            $"""
            SELECT CampaignId, StationId, CASE WHEN Closed = 1 OR Status = '{nameof(TicketStatus.ReportFiled)}' THEN 1 ELSE 0 END AS Done, COUNT(*)
            FROM RmTicket{Clause(where)}
            GROUP BY CampaignId, StationId, CASE WHEN Closed = 1 OR Status = '{nameof(TicketStatus.ReportFiled)}' THEN 1 ELSE 0 END
            """,
            r => (r.GetString(0), NullableString(r, 1), r.GetInt32(2) == 1, (int)r.GetInt64(3)),
            [.. parameters]);
    }

    /// <summary>The due day of each of those campaigns that the campaign list holds (its summary's <c>dueBy</c>).</summary>
    public async Task<Dictionary<string, DateOnly>> CampaignsDueBy(IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await Query(
            $"SELECT Id, Summary FROM RmCampaign WHERE Id IN ({string.Join(", ", ids.Select((_, i) => $"@Id{i}"))})",
            r => (Id: r.GetString(0), Summary: JsonDocument.Parse(r.GetString(1))),
            [.. ids.Select((id, i) => ($"Id{i}", (object?)id))]);
        var due = new Dictionary<string, DateOnly>();
        foreach (var (id, summary) in rows)
        {
            using (summary)
            {
                if (summary.RootElement.TryGetProperty("dueBy", out var d) && DateOnly.TryParse(d.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var day))
                {
                    due[id] = day;
                }
            }
        }

        return due;
    }
}
