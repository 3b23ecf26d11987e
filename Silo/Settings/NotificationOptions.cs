using System.ComponentModel.DataAnnotations;

namespace AfterSales.Silo.Settings;

/// <summary>
/// Who is told what and how (section <c>Notifications</c>, docs/api.md "Notifications and webhooks"): e-mail over SMTP when
/// <c>Smtp:Host</c> is set (no host, no e-mail); the service managers' addresses for the deadlines; how long a delivery
/// is retried, with exponential backoff from <see cref="RetrySeconds"/> up to <see cref="RetryWindowHours"/>.
/// </summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The service managers' e-mail addresses: told when a deadline nears its breach and when it breaches.</summary>
    public string[] ServiceManagers { get; set; } = [];

    /// <summary>The language of the managers' mails (<c>zh</c> or <c>en</c>).</summary>
    [RegularExpression("^(zh|en)$")]
    public string ManagerLanguage { get; set; } = "zh";

    /// <summary>Where the web app is reached from outside, for the links in the mails.</summary>
    [Url]
    public string BaseUrl { get; set; } = "http://localhost:5000";

    [Range(0.01, 86400)]
    public double RetrySeconds { get; set; } = 30;

    [Range(0.0001, 720)]
    public double RetryWindowHours { get; set; } = 24;

    /// <summary>The longest wait between two attempts of one delivery.</summary>
    [Range(0.01, 86400)]
    public double MaxRetrySeconds { get; set; } = 3600;

    [Range(0.05, 3600)]
    public double PollSeconds { get; set; } = 1;

    /// <summary>How many deliveries are sent at once (a backlog never takes more).</summary>
    [Range(1, 64)]
    public int ConcurrentSends { get; set; } = 4;

    /// <summary>When, on each working day of the business calendar, the managers get the open alerts (local time).</summary>
    public TimeOnly DigestAt { get; set; } = new(8, 30);

    /// <summary>How long before a deadline its manager is warned, in business minutes.</summary>
    [Range(1, 1440)]
    public double NearBreachMinutes { get; set; } = 30;
}
