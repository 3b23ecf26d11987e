using System.Security.Cryptography;
using System.Text;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Grains.Machines;

/// <summary>Service campaigns (R-CMP-1): one campaign ticket per machine.</summary>
public sealed partial class MachineGrain
{
    /// <summary>Who raises campaign tickets: the service itself, with the desk's right to open tickets.</summary>
    public static readonly Actor CampaignActor = new("campaign", Role.ServiceAssistant);

    // R-CMP-1: each machine of a campaign gets one campaign ticket. Its id is fixed by the campaign and the serial, so a
    // second enrolment (another silo's round, a retry after a lost answer) finds the ticket instead of opening another.
    public async Task<string> JoinCampaign(CampaignEnrolment enrolment)
    {
        EnsureRegistered();
        if (S.Campaigns.Find(c => c.CampaignId == enrolment.CampaignId) is { } joined)
        {
            return joined.TicketId;
        }

        var ticketId = CampaignTicketId(enrolment.CampaignId, Serial);
        var now = clock.GetUtcNow();
        // In the company's language, as the desk writes a description; the ticket's campaign id says it as data.
        var parts = enrolment.Parts.Count == 0 ? "" : $"；零件：{string.Join("、", enrolment.Parts)}";
        var kind = enrolment.Kind switch { CampaignKind.Retrofit => "改装", CampaignKind.Inspection => "检查", _ => "召回" };
        var planned = new PlannedTicket(
            IntakeChannel.Campaign, Serial, $"服务活动 {enrolment.CampaignId}（{kind}）：{enrolment.Title}{parts}；截止 {enrolment.DueBy:yyyy-MM-dd}",
            S.CustomerId, S.ProductLine, S.Model, await WarrantyOn(now), CampaignId: enrolment.CampaignId);
        try
        {
            // The ticket does not call back into this machine while it opens (the planned ticket carries what it needs).
            await GrainFactory.Get<ITicketGrain>(ticketId).OpenPlanned(CampaignActor.By(planned, $"join-{enrolment.CampaignId}"));
        }
        catch (RuleViolationException e) when (e.RuleId == RuleIds.IdExists)
        {
            // Opened before, and this machine's record of it was lost with a failed write: it is the machine's ticket.
        }

        await Pipeline.Change(draft =>
        {
            draft.Campaigns.Add(new CampaignTicket(enrolment.CampaignId, ticketId, false));
            draft.Version++;
        });
        return ticketId;
    }

    /// <summary>
    /// R-CMP-1: the campaign ticket's report was filed, the machine's part of the campaign is done (called from
    /// <see cref="WorkDone"/> for a <see cref="PlannedWorkDone"/> with a campaign id). Idempotent. The campaign's progress
    /// is counted from the ticket list; this keeps the machine's own record of it.
    /// </summary>
    private Task CampaignWorkDone(PlannedWorkDone done)
    {
        var index = S.Campaigns.FindIndex(c => c.CampaignId == done.CampaignId);
        if (done.CampaignId is null || (index >= 0 && S.Campaigns[index].Done))
        {
            return Task.CompletedTask;
        }

        return Pipeline.Change(draft =>
        {
            // A ticket this machine did not record (its write was lost after the ticket opened) is recorded done.
            draft.Campaigns.RemoveAll(c => c.CampaignId == done.CampaignId);
            draft.Campaigns.Add(new CampaignTicket(done.CampaignId, done.TicketId, true));
            draft.Version++;
        });
    }

    /// <summary>
    /// The campaign ticket of a machine: <c>CMP-{campaign}-{serial}</c>, or, where that is longer than a ticket id may be
    /// (64 characters), <c>CMP-</c> and the first 40 hex digits of its SHA-256, which is as fixed.
    /// </summary>
    public static string CampaignTicketId(string campaignId, string serial)
    {
        var id = $"CMP-{campaignId}-{serial}";
        return id.Length <= 64 ? id : $"CMP-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..40]}";
    }
}
