using System.Net;
using AfterSales.GrainInterfaces.Accounts;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Silo.Accounts;
using AfterSales.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Tests.Accounts;

/// <summary>
/// The service with the company's identity provider configured for signing in (<see cref="TestOpenIdProvider"/>),
/// served by Kestrel on 127.0.0.1 and a port of its own so that a browser reaches both, its silo on the SQLite default
/// in a data directory of its own. Its settings are given as the host's settings (the program's command line), not as
/// the process's environment, which other fixtures of the same test run set too.
/// </summary>
public sealed class CompanySignInService : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private readonly string _data;

    private CompanySignInService(WebApplicationFactory<Program> factory, TestOpenIdProvider provider, Uri address, string data)
    {
        _factory = factory;
        Provider = provider;
        Address = address;
        _data = data;
    }

    public TestOpenIdProvider Provider { get; }

    public Uri Address { get; }

    public IGrainFactory Grains => _factory.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _factory.Services;

    /// <param name="roleFromClaim">Whether the role named by the provider's <c>roles</c> claim replaces the account's.</param>
    /// <param name="publicClient">The service is a public client of the provider (no <c>ClientSecret</c>, PKCE alone).</param>
    public static async Task<CompanySignInService> Start(bool roleFromClaim, bool publicClient = false)
    {
        var port = FreePort.Next();
        var address = new Uri($"http://127.0.0.1:{port}");
        var provider = await TestOpenIdProvider.Start($"http://127.0.0.1:{port}{CompanySignIn.CallbackPath}", publicClient);
        var data = Directory.CreateTempSubdirectory("aftersales-company-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["Storage:DataDirectory"] = data,
            ["Cluster:SiloPort"] = FreePort.Next().ToString(),
            ["Cluster:GatewayPort"] = FreePort.Next().ToString(),
            ["Auth:SigningKey"] = ApiFixture.SigningKey,
            ["Auth:IdentityProvider:Authority"] = provider.Authority,
            ["Auth:IdentityProvider:RequireHttpsMetadata"] = "false",
            ["Auth:IdentityProvider:RoleClaim"] = "roles",
            ["Auth:IdentityProvider:ClientId"] = TestOpenIdProvider.ClientId,
            ["Auth:IdentityProvider:ClientSecret"] = publicClient ? "" : TestOpenIdProvider.ClientSecret,
            ["Auth:IdentityProvider:RoleFromClaim"] = roleFromClaim ? "true" : "false",
        };
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseContentRoot(AppContext.BaseDirectory);
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });
        factory.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        try
        {
            factory.StartServer();
        }
        catch
        {
            await factory.DisposeAsync();
            await provider.DisposeAsync();
            throw;
        }

        return new CompanySignInService(factory, provider, address, data);
    }

    /// <summary>An account made by the service manager (its invitation is never used: this person signs in at the provider).</summary>
    public Task<AccountCreated> Account(string userName, Role role, string? email, string? externalSubject = null) =>
        Grains.GetGrain<IUserAccountGrain>(userName).Create(
            new Actor("manager", Role.ServiceManager).By(new NewUser(userName, $"{userName} (test)", role, Email: email, ExternalSubject: externalSubject)),
            Address.ToString().TrimEnd('/'));

    public async Task<UserView> User(string userName) =>
        await Grains.GetGrain<IUserAccountGrain>(userName).Get() ?? throw new InvalidOperationException($"No account {userName}.");

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await Provider.DisposeAsync();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the system.
        }
    }
}
