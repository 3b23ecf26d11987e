using System.Globalization;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Seeder;
using Bogus;

namespace AfterSales.Tests.Localization;

/// <summary>
/// Issue 23 (6): regions and cities by their Chinese names from the region table, tools by the tool catalogue's; the
/// records keep their keys (pinyin, the kits' names), the API is unchanged.
/// </summary>
public sealed class RegionTableTests
{
    [Fact]
    public void Every_region_and_city_of_the_demo_data_has_a_chinese_name()
    {
        var world = new DemoWorldFaker(new Faker("zh_CN") { Random = new Randomizer(20261127) })
            .Create(new DemoSize(), CodeOfConductSettings.DefaultToolKits, new DateOnly(2026, 11, 27));
        var regions = DemoGeography.Provinces.Select(p => p.Region)
            .Concat(world.Customers.Select(c => c.Profile.Region))
            .Concat(world.Stations.SelectMany(s => s.Agreement.Regions)).Distinct().ToList();
        var cities = DemoGeography.Provinces.SelectMany(p => p.Cities.Select(c => c.Name))
            .Concat(world.Customers.Select(c => c.Profile.City!))
            .Concat(world.Engineers.Select(e => e.Profile.HomeCity)).Distinct().ToList();

        Assert.All(regions, r => Assert.True(Places.KnowsRegion(r), $"region {r} is not in the region table"));
        Assert.All(cities, c => Assert.True(Places.KnowsCity(c), $"city {c} is not in the region table"));
        Assert.All(regions, r => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", Places.Region(r, chinese: true)));
        Assert.All(cities, c => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", Places.City(c, chinese: true)));
    }

    [Fact]
    public void A_place_is_named_in_the_readers_language_and_an_unknown_key_as_stored()
    {
        Assert.Equal("山东", Places.Region("Shandong", chinese: true));
        Assert.Equal("山东", Places.Region("shandong", chinese: true));
        Assert.Equal("Shandong", Places.Region("Shandong", chinese: false));
        Assert.Equal("西安", Places.City("Xi'an", chinese: true));
        Assert.Equal("Atlantis", Places.Region("Atlantis", chinese: true));
        Assert.Equal("", Places.City(null, chinese: true));
        Assert.Equal(34, Places.Regions.Count);
    }

    [Fact]
    public void R_ENG_2_every_tool_of_the_default_kits_has_a_chinese_name_and_reads_back_to_its_key()
    {
        foreach (var tool in CodeOfConductSettings.DefaultToolKits.Values.SelectMany(t => t).Distinct())
        {
            var chinese = ToolNames.Name(tool, chinese: true);
            Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", chinese);
            Assert.Equal(tool, ToolNames.Key(chinese));
            Assert.Equal(tool, ToolNames.Key(tool.ToUpperInvariant()));
        }

        Assert.Equal("special puller", ToolNames.Name("special puller", chinese: true));
        Assert.Equal("special puller", ToolNames.Key(" special puller "));
    }

    [Fact]
    public void R_ENG_2_a_refusal_names_the_missing_tools_in_chinese_for_a_chinese_reader()
    {
        string[] missing = ["multimeter", "torque wrench set"];
        var why = Sentence.Of("refusal.ticket.tools-not-taken", $"R-ENG-2: the dispatch does not take the required tools: {string.Join(", ", missing)}.");
        Assert.Equal("R-ENG-2：派工未携带所需工具：万用表、扭力扳手套装。", Phrases.Say(why.Phrase, CultureInfo.GetCultureInfo("zh")));
        Assert.Equal(why.English, Phrases.Say(why.Phrase, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_place_typed_in_chinese_is_kept_under_its_key()
    {
        Assert.Equal("Shandong", Places.RegionKey("山东省"));
        Assert.Equal("Shandong", Places.RegionKey(" shandong "));
        Assert.Equal("Jinan", Places.CityKey("济南市"));
        Assert.Equal("Atlantis", Places.CityKey("Atlantis"));
    }
}
