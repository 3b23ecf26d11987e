using System.Xml.Linq;
using AfterSales.Dashboard.App.Tickets;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Durability;

namespace AfterSales.Tests.WebApp;

/// <summary>The web app's texts are complete in both languages: every key the pages ask for is in Texts.resx and Texts.zh.resx.</summary>
public sealed class TextsTests
{
    [Fact]
    public void Every_text_the_pages_use_is_there_in_Chinese_and_English()
    {
        var english = Keys("Texts.resx");
        var chinese = Keys("Texts.zh.resx");
        Assert.Equal(english.Order(), chinese.Order());

        var used = new List<string>();
        foreach (var form in TicketCommandForm.All)
        {
            used.Add($"op.{form.Operation}");
            foreach (var field in form.Fields)
            {
                used.Add($"field.{field.Name}");
                if (field.Plain.IsEnum)
                {
                    used.AddRange(Enum.GetNames(field.Plain).Select(n => $"{field.Plain.Name}.{n}"));
                }
            }
        }

        used.AddRange(Enum.GetNames<TicketStatus>().Select(s => $"status.{s}"));
        used.AddRange(Enum.GetNames<Role>().Select(r => $"role.{r}"));
        used.AddRange(Enum.GetNames<ProductLine>().Select(p => $"productLine.{p}"));
        used.AddRange(Enum.GetNames<SlaKind>().Select(k => $"sla.{k}"));
        used.AddRange(Enum.GetNames<SlaState>().Select(s => $"sla.state.{s}"));
        // The machine pages (R-MCH, R-WTY-4, R-PM): every value they show by name.
        used.AddRange(Enum.GetNames<AfterSales.GrainInterfaces.Machines.ReadingSource>().Select(s => $"ReadingSource.{s}"));
        used.AddRange(Enum.GetNames<AfterSales.GrainInterfaces.Machines.MaintenanceState>().Select(s => $"MaintenanceState.{s}"));
        used.AddRange(Enum.GetNames<WarrantyState>().Select(s => $"WarrantyState.{s}"));
        used.AddRange(Enum.GetNames<WarrantyEnd>().Select(s => $"WarrantyEnd.{s}"));
        used.AddRange(["op.RecordHours", "op.CorrectHours", "op.ChangeOwner", "machines.title", "machines.mine"]);
        var missing = used.Distinct().Where(k => !english.Contains(k)).ToList();
        Assert.True(missing.Count == 0, $"missing texts: {string.Join(", ", missing)}");
    }

    /// <summary>The keys of a resource file that have a text.</summary>
    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(SiloProcess.RepositoryRoot, "Dashboard", "App", file)).Root!.Elements("data")
            .Where(d => !string.IsNullOrWhiteSpace((string?)d.Element("value")))
            .Select(d => (string)d.Attribute("name")!)
            .ToHashSet();
}
