using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Sites;
using AfterSales.Grains.Sla;
using AfterSales.Persistence.Settings;
using AfterSales.Silo.Settings;

namespace AfterSales.Silo.Hosting;

/// <summary>
/// What the silo's command line may hold: a verb it knows first (none runs the service), then settings as
/// <c>--Section:Key=value</c> or <c>--Section:Key value</c> of a section the service reads. Anything else is refused
/// with its name and what is known, instead of starting the service on a typo (<c>seed-demo</c> moved to its own
/// program, and used to start the service silently here).
/// </summary>
public static class SiloCommandLine
{
    /// <summary>The verbs of the silo's program besides running the service.</summary>
    public static readonly IReadOnlyList<string> Verbs = ["token"];

    /// <summary>The settings' top-level sections the service and its host read (docs/operations.md lists their keys).</summary>
    public static readonly IReadOnlyList<string> Sections =
    [
        // The options classes' own sections, so that a new one is named once.
        BusinessCalendarSettings.Section, CodeOfConductSettings.Section, InstallationSettings.Section, EvidenceFileOptions.Section,
        HealthOptions.Section, IdempotencyOptions.Section, NotificationOptions.Section, RateLimitOptions.Section, SlaWatchOptions.Section,
        MaintenanceWatchOptions.Section,
        CampaignOptions.Section,
        // Sections read key by key.
        "Auth", "Cluster", "ConnectionStrings", "Logging", "OpenTelemetry", "Orleans", "Storage",
        // ASP.NET Core's host: its addresses, server, environment and paths.
        "AllowedHosts", "Kestrel", "urls", "environment", "contentRoot", "applicationName", "http_ports", "https_ports",
    ];

    /// <summary>Why the service's command line cannot be run, or null when it can.</summary>
    public static string? Refusal(IReadOnlyList<string> args)
    {
        if (args is [var verb, ..] && !verb.StartsWith('-'))
        {
            return $"Unknown verb '{verb}'. The silo knows: {string.Join(", ", Verbs)} (or none, to run the service); seed-demo is its own program: dotnet run --project tools/AfterSales.Seeder.";
        }

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var name = arg.TrimStart('-').Split('=', 2)[0];
            if (!arg.StartsWith('-') || name.Length == 0)
            {
                return $"Unexpected argument '{arg}': settings are --Section:Key=value or --Section:Key value.";
            }

            if (!Sections.Contains(name.Split(':')[0], StringComparer.OrdinalIgnoreCase))
            {
                return $"Unknown option '{arg.Split('=', 2)[0]}'. Settings are --Section:Key=value of: {string.Join(", ", Sections)}.";
            }

            if (!arg.Contains('=') && i + 1 < args.Count && !args[i + 1].StartsWith('-'))
            {
                i++;
            }
        }

        return null;
    }
}
