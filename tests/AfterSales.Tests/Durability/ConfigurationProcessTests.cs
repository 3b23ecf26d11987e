using System.Net;
using System.Net.Http.Headers;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Tests.Durability;

/// <summary>
/// The service started from another working directory still reads its own appsettings.json (its content root): its
/// log levels keep a bad request to at most one line, and a bad option stops it at start with the key named.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ConfigurationProcessTests : IDisposable
{
    private readonly SiloData _data = new("configuration");

    [Fact]
    public async Task Bad_requests_leave_at_most_a_line_each_in_the_log()
    {
        await using var silo = await SiloProcess.Start(_data.Settings());
        await silo.Explain(async () =>
        {
            var badToken = silo.Client();
            badToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.token");
            var manager = silo.Client(ProcessWorld.Token(Role.ServiceManager, "manager-wang"));
            await Task.Delay(TimeSpan.FromSeconds(2));
            var before = silo.LinesWritten;
            const int Requests = 20;
            for (var i = 0; i < Requests; i++)
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await badToken.GetAsync("/api/tickets")).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await manager.PostAsync("/api/tickets/T-none/contact", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
                Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostAsync("/api/tickets/T-none/contact", new StringContent("{", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
            var lines = silo.LinesWritten - before;
            Assert.True(lines <= 3 * Requests, $"{lines} log lines for {3 * Requests} bad requests:\n{silo.Log}");
            // The line says who asked (the role, never the token) and what the answer was.
            Assert.Contains("POST /api/tickets/{id}/contact 404", silo.Log);
            Assert.Contains("role=ServiceManager", silo.Log);
            Assert.Contains("role=anonymous", silo.Log);
            Assert.DoesNotContain("not.a.token", silo.Log);
            return true;
        });
    }

    [Fact]
    public async Task Logs_are_JSON_lines_when_configured_one_per_request_with_trace_id_role_and_rule()
    {
        var settings = new Dictionary<string, string>(_data.Settings()) { ["Logging:Console:FormatterName"] = "json", ["Logging:Console:FormatterOptions:IncludeScopes"] = "false" };
        await using var silo = await SiloProcess.Start(settings);
        await silo.Explain(async () =>
        {
            var customer = silo.Client(ProcessWorld.Token(Role.Customer, "user-1", "C-1"));
            Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync("/api/alerts")).StatusCode);
            await Task.Delay(TimeSpan.FromSeconds(1));
            var line = silo.Log.Split('\n').Single(l => l.Contains("/api/alerts", StringComparison.Ordinal));
            var entry = System.Text.Json.JsonDocument.Parse(line).RootElement;
            var state = entry.GetProperty("State");
            Assert.Equal("Information", entry.GetProperty("LogLevel").GetString());
            Assert.Equal("Customer", state.GetProperty("Role").GetString());
            Assert.Equal("R-TKT-5", state.GetProperty("RuleId").GetString());
            Assert.Equal(32, state.GetProperty("TraceId").GetString()!.Length);
            return true;
        });
    }

    [Fact]
    public async Task A_bad_option_stops_the_service_at_start_naming_its_key()
    {
        var settings = new Dictionary<string, string>(_data.Settings()) { ["RateLimits:ReadsPerSecond"] = "0" };
        var (exitCode, output) = await SiloProcess.Run(SiloProcess.SiloDll, settings, TimeSpan.FromSeconds(90), "--urls", "http://127.0.0.1:0");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("ReadsPerSecond", output);
    }

    [Fact]
    public async Task An_unknown_verb_or_option_stops_the_service_naming_it_and_what_it_knows()
    {
        var (verbExit, verb) = await SiloProcess.Run(SiloProcess.SiloDll, _data.Settings(), TimeSpan.FromSeconds(90), "seed-demo");
        Assert.Equal(2, verbExit);
        Assert.Contains("Unknown verb 'seed-demo'", verb);
        Assert.Contains("token", verb);

        var (optionExit, option) = await SiloProcess.Run(SiloProcess.SiloDll, _data.Settings(), TimeSpan.FromSeconds(90), "--Storgae:Provider=Sqlite");
        Assert.Equal(2, optionExit);
        Assert.Contains("Unknown option '--Storgae:Provider'", option);
        Assert.Contains("Storage", option);
    }

    [Theory]
    [InlineData("Cluster:SiloPort")]
    [InlineData("Cluster:GatewayPort")]
    [InlineData("urls")]
    public async Task A_port_already_in_use_stops_the_service_naming_the_port_and_the_setting_to_change(string setting)
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var settings = new Dictionary<string, string>(_data.Settings());
        var url = $"http://127.0.0.1:{(setting == "urls" ? port : Api.FreePort.Next())}";
        if (setting != "urls")
        {
            settings[setting] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var (exitCode, output) = await SiloProcess.Run(SiloProcess.SiloDll, settings, TimeSpan.FromSeconds(90), "--urls", url);
        Assert.True(exitCode == 3, $"exit code {exitCode}:{Environment.NewLine}{output}");
        var said = output.Split('\n').Last(l => l.Contains("already in use by another program", StringComparison.Ordinal));
        if (setting == "urls")
        {
            Assert.Contains($"The HTTP address {url} ", said);
            Assert.Contains("--urls", said);
        }
        else
        {
            Assert.StartsWith($"Port {port} ", said);
            Assert.Contains($"setting {setting})", said);
            Assert.Contains($"--{setting}=", said);
            Assert.DoesNotContain(setting == "Cluster:SiloPort" ? "Cluster:GatewayPort" : "Cluster:SiloPort", output);
        }

        Assert.DoesNotContain("Unhandled exception", output);
    }

    public void Dispose() => _data.Dispose();
}
