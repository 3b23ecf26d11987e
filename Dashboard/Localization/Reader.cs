using System.Globalization;

namespace AfterSales.Dashboard.Localization;

/// <summary>The language the current request reads (its UI culture: <c>?lang=</c>, the cookie or Accept-Language).</summary>
public static class Reader
{
    public static bool Chinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";
}
