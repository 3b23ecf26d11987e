using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Runtime.CompilerServices;

namespace AfterSales.Dashboard.Localization;

/// <summary>
/// The labels of the charts in one language, as typed properties for code that draws outside a
/// page (ScottPlot). The texts themselves are the web app's resources (<c>App/Texts.resx</c>, <c>Texts.zh.resx</c>,
/// keys <c>dash.*</c>), so a missing one fails the resources' test like any other.
/// </summary>
public sealed record ChartTexts
{

    public required string FirstResponseTitle { get; init; }

    public required string TimeToSiteTitle { get; init; }

    /// <summary>Format with the number drawn and the number there are.</summary>
    public required string LowestOf { get; init; }

    public required string Hours { get; init; }

    public required string Week { get; init; }

    public required string Month { get; init; }

    public required string FirstResponseP50 { get; init; }

    public required string FirstResponseP90 { get; init; }

    public required string TimeToSiteP50 { get; init; }

    public required string TimeToSiteP90 { get; init; }

    /// <summary>Format with the target hours: <c>{0:0.#}</c>.</summary>
    public required string FirstResponseTarget { get; init; }

    public required string TimeToSiteTarget { get; init; }

    public required string SatisfactionTitle { get; init; }

    public required string SatisfactionRate { get; init; }

    /// <summary>Format with the target as a percentage: <c>{0:0.#}</c>.</summary>
    public required string SatisfactionTarget { get; init; }

    public required string AtOrAboveTarget { get; init; }

    public required string BelowTarget { get; init; }

    public required string BreachesTitle { get; init; }

    public required string Breaches { get; init; }

    public required string BreachesTarget { get; init; }

    public required string SatisfactionByEngineerTitle { get; init; }

    public required string SatisfactionByStationTitle { get; init; }

    public required string Unassigned { get; init; }

    public required string NoData { get; init; }

    /// <summary>The legend of the marks where a line leaves the scale.</summary>
    public required string BeyondScale { get; init; }

    public required string Station { get; init; }

    public required string Engineer { get; init; }

    public required string ProductLine { get; init; }

    public required string Status { get; init; }

    /// <summary>A machine's hours over time (R-MCH-2).</summary>
    public required string MachineHoursTitle { get; init; }

    public required string ReadOn { get; init; }

    public required string OperatingHours { get; init; }

    private static readonly ResourceManager Resources = new("AfterSales.Dashboard.App.Texts", typeof(ChartTexts).Assembly);

    private static readonly ChartTexts En = Load(CultureInfo.GetCultureInfo("en"));

    private static readonly ChartTexts Zh = Load(CultureInfo.GetCultureInfo("zh"));

    public static ChartTexts For(Language language) => language == Language.Zh ? Zh : En;

    private static ChartTexts Load(CultureInfo culture)
    {
        var texts = (ChartTexts)RuntimeHelpers.GetUninitializedObject(typeof(ChartTexts));
        foreach (var property in typeof(ChartTexts).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = Resources.GetString($"dash.{property.Name}", culture)
                ?? throw new MissingManifestResourceException($"The text dash.{property.Name} is missing.");
            property.SetValue(texts, value);
        }

        return texts;
    }
}
