namespace AfterSales.Dashboard.Localization;

public enum Language
{
    En,
    Zh,
}
