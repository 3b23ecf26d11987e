namespace AfterSales.Silo.Api.Requests;

public sealed record ToolKitBody(IReadOnlyList<string> Tools);
