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
}
