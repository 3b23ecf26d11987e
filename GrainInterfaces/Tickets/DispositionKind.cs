namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>What happens to a returned old part: a QC check by the quality department or a warranty claim with the supplier by purchasing.</summary>
public enum DispositionKind
{
    QcCheck,
    WarrantyClaim,
}
