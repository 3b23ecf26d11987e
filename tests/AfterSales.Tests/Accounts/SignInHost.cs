using AfterSales.Grains.CodeOfConduct;
using AfterSales.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AfterSales.Tests.Accounts;

/// <summary>
/// The service on a port of its own for a real browser, whose rules and sessions read time from a clock the tests move
/// (a lock that ends, a session that ends while someone types). It serves alone: its settings are the process's
/// environment while it starts (<see cref="SignInHostCollection"/> runs after the parallel collections).
/// </summary>
public sealed class SignInHost() : ApiFixture(new Dictionary<string, string>(), FreePort.Next())
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddKeyedSingleton<TimeProvider>(RulesClock.Key, Clock);

    public string Url(string path) => new Uri(Address!, path).ToString();
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SignInHostCollection : ICollectionFixture<SignInHost>
{
    public const string Name = "sign-in host";
}
