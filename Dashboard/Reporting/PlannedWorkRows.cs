namespace AfterSales.Dashboard.Reporting;

/// <summary>
/// R-PM-2: a station's preventive maintenance of the range: the maintenance tickets raised, those done (report filed), and
/// those done by their due day (on time); <see cref="StationId"/> null for tickets no station covers.
/// </summary>
public sealed record MaintenanceRow(string? StationId, int Raised, int Done, int OnTime)
{
    /// <summary>The share of the done work that was done on time; null when none is done.</summary>
    public double? OnTimeRate => Done == 0 ? null : (double)OnTime / Done;
}

/// <summary>R-CMP-1: a campaign's machines at a station: how many, done, and overdue (open past the campaign's due day).</summary>
public sealed record CampaignRow(string CampaignId, string? StationId, int Machines, int Done, int Overdue)
{
    public double Completion => Machines == 0 ? 0 : (double)Done / Machines;
}
