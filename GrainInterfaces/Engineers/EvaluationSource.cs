namespace AfterSales.GrainInterfaces.Engineers;

public enum EvaluationSource
{
    Customer,
    Dealer,
    Department,
    QualityVisit,
}
