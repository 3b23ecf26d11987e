using System.Text.RegularExpressions;
using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Campaigns;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Common;
using AfterSales.Grains.Sla;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Grains.Campaigns;

/// <summary>A campaign's state: its definition as created, by whom and when (R-CMP-1).</summary>
[GenerateSerializer, Alias("AfterSales.CampaignState")]
public sealed class CampaignState
{
    [Id(0)] public NewCampaign? Definition { get; set; }

    [Id(1)] public string CreatedBy { get; set; } = "";

    [Id(2)] public DateTimeOffset CreatedAt { get; set; }

    [Id(3)] public long Version { get; set; }
}

/// <summary>
/// A service campaign (R-CMP-1): its definition only. Which machines it reaches and how far they are is not its state
/// (no hot grain): the enrolment finds the machines in the machine list and each machine opens its own ticket; the
/// progress is counted from the ticket list.
/// </summary>
public sealed partial class CampaignGrain(
    [PersistentState("campaign")] IPersistentState<CampaignState> state,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock,
    BusinessCalendar calendar) : Grain, ICampaignGrain
{
    private const string Rule = "R-CMP-1";

    private CommandPipeline<CampaignState>? _pipeline;

    private CampaignState S => Pipeline.State;

    private CommandPipeline<CampaignState> Pipeline => _pipeline ??= CommandPipelines.For(
        this, state, DeactivateOnIdle, CommandAccess<CampaignState>.ByRole<CampaignOperation>(), Outbox);

    private string Id => this.GetPrimaryKeyString();

    // R-CMP-1: the technical department (or the service manager) defines a campaign over a list of serials, or a product
    // line with models and a commissioning-date range; what it reaches is checked here, before anything is written.
    public Task<CampaignView> Create(Command<NewCampaign> command)
    {
        var now = clock.GetUtcNow();
        return Pipeline.Run(
            command.Request(CampaignOperation.Create),
            draft =>
            {
                if (draft.Definition is not null)
                {
                    throw new RuleViolationException(RuleIds.IdExists, Sentence.Of("refusal.campaign.exists", $"Campaign '{Id}' exists."));
                }

                draft.Definition = Validated(command.Body, calendar.LocalDate(now));
                draft.CreatedBy = command.By.UserId;
                draft.CreatedAt = now;
                draft.Version++;
                return Task.FromResult(true);
            },
            null,
            _ => View(S));
    }

    public Task<CampaignView> Get() =>
        Task.FromResult(S.Definition is null ? throw new NotFoundException("Campaign", Id) : View(S));

    /// <summary>R-CMP-1: the definition, normalised (trimmed, serials once each), or 400 naming the field.</summary>
    private NewCampaign Validated(NewCampaign c, DateOnly today)
    {
        var title = Text.Required(c.Title, "title", Rule);
        var reason = Text.Required(c.Reason, "reason", Rule);
        var serials = Ids(c.Serials, "serials", "refusal.campaign.serial");
        var parts = Ids(c.Parts, "parts", "refusal.campaign.part");
        var models = (c.Models ?? []).Select((m, i) => Text.Required(m, $"models[{i}]", Rule)).Distinct().ToList();
        var byLine = c.ProductLine is not null || models.Count > 0 || c.CommissionedFrom is not null || c.CommissionedTo is not null;

        // Either a list of serials or a product line (with its models and range): exactly one of the two.
        if ((serials.Count > 0) == byLine)
        {
            throw new InvalidInputException(Rule, serials.Count > 0 ? "productLine" : "serials", Sentence.Of(
                "refusal.campaign.reach", "R-CMP-1: a campaign is over a list of serials or over a product line (with models and a commissioning range), one of the two."));
        }

        if (byLine && c.ProductLine is null)
        {
            throw new InvalidInputException(Rule, "productLine", Sentence.Of(
                "refusal.campaign.no-line", "R-CMP-1: models and a commissioning range narrow a product line; name the product line."));
        }

        if (c.CommissionedFrom is { } from && c.CommissionedTo is { } to && from > to)
        {
            throw new InvalidInputException(Rule, "commissionedTo", Sentence.Of(
                "refusal.campaign.range", $"R-CMP-1: the commissioning range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).",
                to.ToString("yyyy-MM-dd"), from.ToString("yyyy-MM-dd")));
        }

        if (c.DueBy < today)
        {
            throw new InvalidInputException(Rule, "dueBy", Sentence.Of(
                "refusal.campaign.due-past", $"R-CMP-1: a campaign is due by today ({today:yyyy-MM-dd}) or later.", today.ToString("yyyy-MM-dd")));
        }

        return c with
        {
            Id = Id,
            Title = title,
            Reason = reason,
            Serials = serials.Count > 0 ? serials : null,
            Models = byLine ? models : null,
            Parts = parts,
        };
    }

    /// <summary>Serials and part numbers are ids of the API (a machine's serial is its grain's key): trimmed, once each.</summary>
    private static List<string> Ids(IReadOnlyList<string>? items, string field, string code)
    {
        var ids = new List<string>();
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var id = items![i]?.Trim() ?? "";
            if (!IdPattern().IsMatch(id))
            {
                throw new InvalidInputException(Rule, $"{field}[{i}]", Sentence.Of(code, $"R-CMP-1: '{id}' is not a valid {(field == "parts" ? "part number" : "serial")}.", id));
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    [GeneratedRegex(Limits.IdPattern)]
    private static partial Regex IdPattern();

    /// <summary>The campaign list and the enrolment read the campaign from the read model (RmCampaign).</summary>
    private IReadOnlyList<OutboxMessage> Outbox(CampaignState s) =>
        s.Definition is null ? [] : [OutboxJson.Message(OutboxKinds.Campaign, Id, s.Version, View(s))];

    private static CampaignView View(CampaignState s)
    {
        var d = s.Definition!;
        return new CampaignView(
            d.Id, d.Title, d.Reason, d.Kind, d.Serials, d.ProductLine, d.Models, d.CommissionedFrom, d.CommissionedTo, d.Parts, d.DueBy, s.CreatedBy, s.CreatedAt);
    }
}
