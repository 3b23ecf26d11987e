using AfterSales.Dashboard.App;
using AfterSales.Persistence.ReadModels;

namespace AfterSales.Silo.Web;

/// <summary>The projector of this silo, as the web app's live lists hear it.</summary>
public sealed class ReadModelChanges(Projector projector) : IReadModelChanges
{
    public event Action? Changed
    {
        add => projector.Applied += value;
        remove => projector.Applied -= value;
    }
}
