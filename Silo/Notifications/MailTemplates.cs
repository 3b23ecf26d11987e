using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace AfterSales.Silo.Notifications;

/// <summary>
/// The mails' texts, one file per event and language (<c>Notifications/Templates/ticket.received.zh.txt</c>): a
/// <c>Subject:</c> line, a blank line, the body; <c>{name}</c> is replaced by the event's value of that name.
/// </summary>
public static partial class MailTemplates
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Notifications", "Templates");
    private static readonly ConcurrentDictionary<string, (string Subject, string Body)?> Loaded = new();

    /// <summary>Whether there is a mail for the event (in Chinese, which every mail has).</summary>
    public static bool Has(string type) => Load(type, "zh") is not null;

    public static (string Subject, string Body) Render(string type, string language, IReadOnlyDictionary<string, string?> values)
    {
        var (subject, body) = Load(type, language) ?? Load(type, "zh") ?? throw new InvalidOperationException($"No mail template for {type}.");
        return (Fill(subject, values), Fill(body, values));
    }

    private static (string Subject, string Body)? Load(string type, string language) => Loaded.GetOrAdd($"{type}.{language}", name =>
    {
        var path = Path.Combine(Folder, $"{name}.txt");
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var end = text.IndexOf('\n');
        var first = end < 0 ? text : text[..end];
        return first.StartsWith("Subject: ", StringComparison.Ordinal)
            ? (first["Subject: ".Length..].Trim(), text[(end + 1)..].Trim('\n'))
            : throw new InvalidOperationException($"{path} does not begin with a Subject: line.");
    });

    private static string Fill(string template, IReadOnlyDictionary<string, string?> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v ?? "" : m.Value);

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex Placeholder();
}
