using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Grains.Stations;

/// <summary>
/// The key of the coverage grain of a region and product line (R-STN-1/2): the region without case or extra
/// whitespace, so that "Shandong", " shandong " and "SHANDONG" (or "Inner  Mongolia" and "inner mongolia") meet in one grain.
/// </summary>
public static class CoverageKey
{
    public const char Separator = '|';

    public static string For(string region, ProductLine productLine) => $"{Normalise(region)}{Separator}{productLine}";

    public static string Normalise(string region) =>
        string.Join(' ', region.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
