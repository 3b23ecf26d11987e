namespace AfterSales.Dashboard.Charts;

public enum ChartKind
{
    ResponseTimes,
    Satisfaction,
    Breaches,
    SatisfactionByEngineer,
    SatisfactionByStation,
}
