using AfterSales.GrainInterfaces.Common;
using AfterSales.Grains.CodeOfConduct;
using Microsoft.Extensions.Configuration;

namespace AfterSales.Tests.Engineers;

/// <summary>R-ENG-2: the tool kits as configured, bound by the configuration binder as the service binds them.</summary>
public sealed class ToolKitSettingsTests
{
    [Fact]
    public void R_ENG_2_a_configured_kit_replaces_the_default_kit_of_its_product_line_and_no_other()
    {
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["CodeOfConduct:ToolKits:TruckMixer:0"] = "drum speed tester",
                ["CodeOfConduct:ToolKits:TruckMixer:1"] = "multimeter",
            })
            .Build().GetSection(CodeOfConductSettings.Section).Get<CodeOfConductSettings>()!;

        Assert.Equal(["drum speed tester", "multimeter"], settings.ToolKitFor(ProductLine.TruckMixer));
        Assert.Equal(CodeOfConductSettings.DefaultToolKits[ProductLine.BatchingPlant], settings.ToolKitFor(ProductLine.BatchingPlant));
        Assert.Equal(CodeOfConductSettings.DefaultToolKits[ProductLine.TruckMixer], new CodeOfConductSettings().ToolKitFor(ProductLine.TruckMixer));
    }
}
