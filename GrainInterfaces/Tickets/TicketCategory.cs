namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>Classification by the service assistant (R-TKT-2).</summary>
public enum TicketCategory
{
    Breakdown,
    WarrantyClaim,
    PartsRequest,
    InstallationProblem,
    TrainingRequest,
    Consultation,

    /// <summary>Preventive maintenance of a plan (R-PM-2).</summary>
    Maintenance,

    /// <summary>A service campaign's work (R-CMP-1).</summary>
    Campaign,
}
