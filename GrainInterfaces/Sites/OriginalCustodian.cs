namespace AfterSales.GrainInterfaces.Sites;

/// <summary>Who keeps the original commissioning report: sales for a truck mixer (R-INS-1), after-sales for a plant (R-INS-4).</summary>
public enum OriginalCustodian
{
    SalesDepartment,
    AfterSalesDepartment,
}
