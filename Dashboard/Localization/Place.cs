namespace AfterSales.Dashboard.Localization;

/// <summary>A region (province) or city under the key the records hold (its pinyin: R-STN-1's regions, R-TKT-5's cities), and its names.</summary>
public sealed record Place(string Key, string Chinese, string English);
