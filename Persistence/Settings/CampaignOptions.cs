using System.ComponentModel.DataAnnotations;

namespace AfterSales.Persistence.Settings;

/// <summary>How often the campaigns' enrolment looks for machines that have no campaign ticket yet (section <c>Campaigns</c>).</summary>
public sealed class CampaignOptions
{
    public const string Section = "Campaigns";

    [Range(0.05, 86400)]
    public double EnrolSeconds { get; set; } = 60;
}
