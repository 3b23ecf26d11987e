namespace AfterSales.GrainInterfaces.Sites;

/// <summary>Where customers are trained (R-TRN-1).</summary>
public enum TrainingPlace
{
    CustomerSite,
    TrainingCenter,
}
