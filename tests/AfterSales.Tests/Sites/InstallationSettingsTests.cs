using AfterSales.GrainInterfaces.Common;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Sites;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AfterSales.Tests.Sites;

public sealed class InstallationSettingsTests
{
    [Fact]
    public void R_INS_3_the_acceptance_checklist_is_configurable_per_product_line_with_GB_defaults()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Installation:AcceptanceChecklists:RecyclingPlant:0"] = "crusher test run",
            ["Installation:AcceptanceChecklists:RecyclingPlant:1"] = "grounding tested",
        }).Build();
        using var services = new ServiceCollection().AddCodeOfConductRules(config).BuildServiceProvider();

        var settings = services.GetRequiredService<IOptions<InstallationSettings>>().Value;

        Assert.Equal(["crusher test run", "grounding tested"], settings.ChecklistFor(ProductLine.RecyclingPlant));
        Assert.Equal(InstallationSettings.DefaultChecklists[ProductLine.BatchingPlant], settings.ChecklistFor(ProductLine.BatchingPlant));
        Assert.Contains(settings.ChecklistFor(ProductLine.BatchingPlant), i => i.Contains("GB/T 10171"));
        Assert.Empty(settings.ChecklistFor(ProductLine.TruckMixer));
    }
}
