using AfterSales.Silo.Hosting;

namespace AfterSales.Tests.Operations;

/// <summary>The silo's command line: the service, a known verb, settings of known sections; nothing else starts.</summary>
public sealed class SiloCommandLineTests
{
    [Theory]
    [InlineData]
    [InlineData("--Storage:Provider=PostgreSql", "--ConnectionStrings:AfterSales", "Host=db;Database=aftersales")]
    [InlineData("--urls", "http://127.0.0.1:0", "--environment=Development", "--contentRoot=/srv")]
    [InlineData("--Cluster:SiloPort=11111", "--cluster:gatewayport=30000")]
    public void The_service_runs_with_settings_of_the_sections_it_reads(params string[] args) =>
        Assert.Null(SiloCommandLine.Refusal(args));

    [Theory]
    [InlineData("seed-demo", "Unknown verb 'seed-demo'")]
    [InlineData("--Storgae:Provider=Sqlite", "Unknown option '--Storgae:Provider'")]
    [InlineData("--tickets", "Unknown option '--tickets'")]
    public void An_unknown_verb_or_option_is_refused_by_its_name(string arg, string refusal)
    {
        var why = SiloCommandLine.Refusal([arg, "5"]);
        Assert.NotNull(why);
        Assert.StartsWith(refusal, why);
    }

    [Fact]
    public void A_stray_word_after_the_settings_is_refused() =>
        Assert.StartsWith("Unexpected argument 'now'", SiloCommandLine.Refusal(["--Storage:Provider=Sqlite", "now"]));
}
