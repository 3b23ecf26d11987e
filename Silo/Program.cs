using AfterSales.Silo.Api;
using AfterSales.Silo.Auth;
using AfterSales.Silo.Dashboard;
using AfterSales.Silo.Hosting;
using AfterSales.Silo.Telemetry;
using AfterSales.Silo.Web;

if (args is ["token", ..])
{
    return TokenCommand.Run(args[1..], HostSettings.LoadConfiguration(args[1..]));
}

if (SiloCommandLine.Refusal(args) is { } refusal)
{
    Console.Error.WriteLine(refusal);
    return 2;
}

// The service's own folder is its content root, so appsettings.json is read whatever the working directory is
// (the data directory stays ./data of the working directory: HostSettings).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddAfterSalesSilo();
builder.AddAfterSalesApi();
builder.AddAfterSalesTelemetry();
builder.AddAfterSalesDashboard();
builder.AddAfterSalesWebApp();

var app = builder.Build();
app.UseAfterSalesLanguage();
app.UseAfterSalesApi();
app.UseAfterSalesDashboard();
app.UseAfterSalesWebApp();
var ports = PortInUse.Configured(app.Configuration);
try
{
    app.Run();
}
catch (Exception e) when (ports.Explain(e) is { } explained)
{
    // Which port and which setting, not only "Address already in use" (the host has logged the failure above).
    Console.Error.WriteLine(explained);
    return PortInUse.ExitCode;
}

return 0;

/// <summary>The entry point, visible to the API tests' WebApplicationFactory.</summary>
public partial class Program;
