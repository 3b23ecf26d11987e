namespace AfterSales.Dashboard.Charts;

public enum ChartFormat
{
    Png,
    Svg,
}
