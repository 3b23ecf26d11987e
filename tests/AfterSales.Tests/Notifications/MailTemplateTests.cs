using AfterSales.GrainInterfaces.Notifications;
using AfterSales.Silo.Notifications;

namespace AfterSales.Tests.Notifications;

/// <summary>Every mail the service sends has its template in Chinese and in English, and each fills every name it uses.</summary>
public sealed class MailTemplateTests
{
    public static TheoryData<string, string> Mails()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in DeliveryPlan.ToCustomer.Concat(DeliveryPlan.ToPerson).Concat([EventTypes.NearBreach, EventTypes.Breached, EventTypes.AlertsDigest]))
        {
            data.Add(type, "zh");
            data.Add(type, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Mails))]
    public void Each_mail_has_its_template_in_the_language_and_fills_every_name(string type, string language)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Notifications", "Templates", $"{type}.{language}.txt");
        Assert.True(File.Exists(file), $"{file} is missing");
        var values = new[] { "ticketId", "customerName", "machineSerial", "description", "engineerName", "at", "dueAt", "text", "status", "deadline", "minutes", "link", "date", "count", "alerts", "displayName", "until" }
            .ToDictionary(k => k, k => (string?)$"<{k}>");

        var (subject, body) = MailTemplates.Render(type, language, values);

        Assert.False(string.IsNullOrWhiteSpace(subject));
        Assert.False(string.IsNullOrWhiteSpace(body));
        Assert.DoesNotMatch(@"\{[a-zA-Z]+\}", subject + body);
        Assert.Contains("<link>", body);
        // Written in its language: a Chinese mail has Chinese text, an English one none.
        Assert.Equal(language == "zh", (subject + body).Any(c => c is >= '\u4e00' and <= '\u9fff'));
    }
}
