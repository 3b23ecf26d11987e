namespace AfterSales.GrainInterfaces.CodeOfConduct;

public enum ChangeState
{
    Pending,
    Approved,
    Rejected,
}
