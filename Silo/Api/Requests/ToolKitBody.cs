using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.Silo.Api.Requests;

public sealed record ToolKitBody([property: Items] IReadOnlyList<string> Tools);
