namespace AfterSales.GrainInterfaces.Engineers;

/// <summary>Sanctions per the Technical Guide for After-sales Service 3.6 (R-ENG-5).</summary>
public enum SanctionKind
{
    Warning,
    Retraining,
    Suspension,
}
