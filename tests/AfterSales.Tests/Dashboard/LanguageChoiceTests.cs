using AfterSales.Dashboard.Localization;

namespace AfterSales.Tests.Dashboard;

public sealed class LanguageChoiceTests
{
    [Theory]
    [InlineData("zh", "en-US", Language.Zh)]
    [InlineData("en", "zh-CN", Language.En)]
    [InlineData(null, "zh-CN,zh;q=0.9,en;q=0.8", Language.Zh)]
    [InlineData(null, "en-GB,en;q=0.9,zh-CN;q=0.8", Language.En)]
    [InlineData(null, "fr-FR,zh-TW;q=0.7,en;q=0.5", Language.Zh)]
    [InlineData(null, "de-DE", Language.En)]
    [InlineData(null, null, Language.En)]
    [InlineData("xx", "zh", Language.Zh)]
    [InlineData(null, "zh;q=0, en", Language.En)]
    public void The_query_wins_then_the_browsers_preference_then_english(string? lang, string? acceptLanguage, Language expected) =>
        Assert.Equal(expected, LanguageChoice.Choose(lang, acceptLanguage));

    [Fact]
    public void Both_languages_label_everything()
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            var t = ChartTexts.For(language);
            foreach (var p in typeof(ChartTexts).GetProperties())
            {
                Assert.False(string.IsNullOrWhiteSpace((string?)p.GetValue(t)), $"{language} {p.Name}");
            }
        }

        Assert.NotEqual(ChartTexts.For(Language.En).PageTitle, ChartTexts.For(Language.Zh).PageTitle);
    }
}
