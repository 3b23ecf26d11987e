namespace AfterSales.Dashboard.App;

/// <summary>Told when the read models of this host have taken in new writes of the grains (a live list then reads again).</summary>
public interface IReadModelChanges
{
    event Action? Changed;
}
