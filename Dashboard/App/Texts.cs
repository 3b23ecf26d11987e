namespace AfterSales.Dashboard.App;

/// <summary>The web app's texts: <c>Texts.resx</c> (English) and <c>Texts.zh.resx</c> (Chinese), read with <c>IStringLocalizer&lt;Texts&gt;</c>.</summary>
public sealed class Texts;
