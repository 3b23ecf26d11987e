namespace AfterSales.Dashboard.Charts;

public enum ChartKind
{
    FirstResponse,
    TimeToSite,
    Breaches,
    Satisfaction,
    SatisfactionByEngineer,
    SatisfactionByStation,
}
