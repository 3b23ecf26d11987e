using Microsoft.AspNetCore.Hosting;
using System.Net.Http.Headers;
using System.Text.Json;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Silo.Api;
using AfterSales.Silo.Auth;
using AfterSales.Grains.Common;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;

namespace AfterSales.Tests.Api;

/// <summary>
/// The real HTTP pipeline (WebApplicationFactory over the Silo's Program) with its co-hosted silo on the SQLite
/// default, in a data directory and on ports of its own.
/// </summary>
public class ApiFixture : IDisposable
{
    public const string SigningKey = "api-tests-signing-key-0123456789-abcdefghijklmnop";

    public static readonly JsonSerializerOptions Json = CreateJson();

    private readonly WebApplicationFactory<Program> _factory;

    public ApiFixture()
        : this(new Dictionary<string, string>())
    {
    }

    /// <param name="settings">Configuration of this service over the tests' defaults, as environment variables (<c>RateLimits__ReadsPerSecond</c>).</param>
    protected ApiFixture(IReadOnlyDictionary<string, string> settings)
        : this(settings, kestrelPort: null)
    {
    }

    /// <param name="kestrelPort">Serves on 127.0.0.1 at this port (a real browser's server) instead of the in-memory test server.</param>
    protected ApiFixture(IReadOnlyDictionary<string, string> settings, int? kestrelPort)
    {
        DataDirectory = Directory.CreateTempSubdirectory("aftersales-api-").FullName;

        // Read by Program before its host is built, so they are set as the process's environment.
        Environment.SetEnvironmentVariable("Storage__DataDirectory", DataDirectory);
        Environment.SetEnvironmentVariable("Cluster__SiloPort", FreePort.Next().ToString());
        Environment.SetEnvironmentVariable("Cluster__GatewayPort", FreePort.Next().ToString());
        Environment.SetEnvironmentVariable("Auth__SigningKey", SigningKey);
        // The tests' callers send far more than a person would; the rate limits have a test of their own.
        Environment.SetEnvironmentVariable("RateLimits__CommandsPerSecond", "1000000");
        Environment.SetEnvironmentVariable("RateLimits__ReadsPerSecond", "1000000");
        foreach (var (key, value) in settings)
        {
            Environment.SetEnvironmentVariable(key, value);
        }

        // The company's identity provider: its tokens carry the role in a "roles" claim.
        IdentityProvider = TestIdentityProvider.Start().GetAwaiter().GetResult();
        Environment.SetEnvironmentVariable("Auth__IdentityProvider__Authority", IdentityProvider.Authority);
        Environment.SetEnvironmentVariable("Auth__IdentityProvider__RequireHttpsMetadata", "false");
        Environment.SetEnvironmentVariable("Auth__IdentityProvider__RoleClaim", "roles");
        _factory = new WebApplicationFactory<Program>()
            .WithWebHostBuilder(b => b.UseContentRoot(AppContext.BaseDirectory).ConfigureTestServices(s =>
            {
                s.AddSingleton<ICommandProbe, GateProbe>();
                ConfigureServices(s);
            }));
        if (kestrelPort is { } port)
        {
            _factory.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port));
            _factory.StartServer();
            Address = new Uri($"http://127.0.0.1:{port}");
        }
        else
        {
            _ = _factory.Server;
        }

        foreach (var key in settings.Keys)
        {
            // Read when the host was built: a fixture built later starts from the defaults again.
            Environment.SetEnvironmentVariable(key, null);
        }
    }

    public string DataDirectory { get; }

    /// <summary>Where a browser reaches the service, when it serves on a port of its own.</summary>
    public Uri? Address { get; }

    /// <summary>The service's own services (its sweeps, run by a test at a time it chooses).</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>What a fixture of its own adds to the service's services (an exporter of its traces, say).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public TestIdentityProvider IdentityProvider { get; }

    public HttpClient Anonymous() => _factory.CreateClient();

    /// <summary>A browser: keeps cookies, does not follow redirects.</summary>
    public HttpClient Browser() => Address is { } served
        ? new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = served }
        : _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public HttpClient As(Role role, string sub, string? customerId = null, string? stationId = null)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(role, sub, customerId, stationId));
        return client;
    }

    public static string Token(Role role, string sub, string? customerId = null, string? stationId = null)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:SigningKey"] = SigningKey }).Build();
        return TokenCommand.Issue(config, sub, role, customerId, stationId, TimeSpan.FromHours(1));
    }

    public virtual void Dispose()
    {
        GC.SuppressFinalize(this);
        _factory.Dispose();
        IdentityProvider.DisposeAsync().AsTask().GetAwaiter().GetResult();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the system.
        }
    }

    private static JsonSerializerOptions CreateJson()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiHosting.Configure(o);
        return o;
    }
}
