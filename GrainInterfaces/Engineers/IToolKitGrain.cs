using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Engineers;

/// <summary>The service tools an engineer must carry to a site for a product line (R-ENG-2). Key: the product line.</summary>
[Alias("AfterSales.IToolKitGrain")]
public interface IToolKitGrain : IGrainWithStringKey
{
    [Alias("Get"), Orleans.Concurrency.ReadOnly]
    Task<ToolKitView> Get();

    [Alias("Set")]
    Task<ToolKitView> Set(Command<IReadOnlyList<string>> command);
}
