using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Tickets;

/// <summary>The service report: written in duplicate, signed or disputed, approved or returned, filed (R-TKT-8..10).</summary>
public sealed partial class TicketGrain
{
    // R-TKT-8: every service, by phone or on site, ends with a service report made in duplicate.
    public Task<TicketView> SubmitReport(Command<ReportDraft> command) =>
        Execute(command, TicketOperation.SubmitReport, now =>
        {
            RequireStatus(TicketOperation.SubmitReport, "R-TKT-8", "Writing the service report");
            var workDone = Text.Required(command.Body.WorkDone, "workDone", "R-TKT-8");
            var kind = S.Status == TicketStatus.ResolvedByPhone ? ReportKind.Phone : ReportKind.Site;
            var content = new ReportContent(
                Id, S.MachineSerial, S.ProductLine, S.Model, S.Description, workDone,
                [.. command.Body.PartsUsed.Where(p => !string.IsNullOrWhiteSpace(p))], S.ReceivedAt, S.FirstContactAt,
                S.ArrivedAt, S.ResolvedAt, ReportEvidence());

            // A phone report goes straight to the manager, its copy to the customer; a site report stays with the
            // engineer until the customer signs or refuses (R-TKT-9).
            var (original, copy) = kind == ReportKind.Phone
                ? (Custodian.ServiceManager, Custodian.Customer)
                : (Custodian.Engineer, Custodian.Engineer);
            if (S.Report is not null)
            {
                S.EarlierReports.Add(S.Report);
            }

            S.Report = new ServiceReport(
                kind, content, command.By.UserId, now,
                [new ReportCopy(CopyKind.Original, original, now), new ReportCopy(CopyKind.CustomerCopy, copy, now)],
                SignatureState.Unsigned, null, null, null, null, ReportFingerprint.Sha256(content), null,
                ReviewState.Pending, null, null, null, null, null);
            S.Status = TicketStatus.ReportSubmitted;
            return Sentence.Of("history.ticket.report-submitted", $"{kind} service report submitted");
        });

    // R-TKT-9: the customer signs a site report when both sides agree; one the customer will not sign is disputed.
    public Task<TicketView> SignReport(Command<ReportSignature> command) =>
        Execute(command, TicketOperation.SignReport, now =>
        {
            RequireStatus(TicketOperation.SignReport, "R-TKT-9", "Signing the service report");
            var report = S.Report!;
            if (report.Kind != ReportKind.Site)
            {
                throw new RuleViolationException("R-TKT-9", Sentence.Of("refusal.ticket.only-site-report-signed", "R-TKT-9: only a site report is signed by the customer."));
            }

            if (report.Signature != SignatureState.Unsigned)
            {
                throw new RuleViolationException("R-TKT-9", Sentence.Of("refusal.ticket.report-already", $"R-TKT-9: the report is already {report.Signature}."));
            }

            var copies = HandOver(report.Copies, now, (CopyKind.Original, Custodian.ServiceManager), (CopyKind.CustomerCopy, Custodian.Customer));
            if (command.Body.Refused)
            {
                var reason = Text.Required(command.Body.Reason, "reason", "R-TKT-9");
                S.Report = report with { Signature = SignatureState.Disputed, DisputeReason = reason, Copies = copies };
                return Sentence.Of("history.ticket.signature-refused", $"customer refused to sign: {reason}; disputed report goes to the service manager");
            }

            var signedBy = Text.Required(command.Body.SignedBy, "signedBy", "R-TKT-9");
            if (command.Body.Rating is < 1 or > 5)
            {
                throw new InvalidInputException("R-SAT-2", "rating", Sentence.Of("refusal.ticket.rating", "R-SAT-2: a rating is 1 to 5."));
            }

            S.Report = report with
            {
                Signature = SignatureState.Signed,
                SignedBy = signedBy,
                SignedAt = now,
                SignedContentSha256 = FingerprintNow(report.Content),
                Copies = copies,
                CustomerRating = command.Body.Rating,
            };
            return command.Body.Rating is { } r
                ? Sentence.Of("history.ticket.signed-rated", $"signed by {signedBy}, rated {r}/5")
                : Sentence.Of("history.ticket.signed", $"signed by {signedBy}");
        });

    // R-TKT-10: the manager approves the original or returns it; a site report only once signed or disputed.
    public Task<TicketView> ReviewReport(Command<ReportReview> command) =>
        Execute(command, TicketOperation.ReviewReport, now =>
        {

            RequireStatus(TicketOperation.ReviewReport, "R-TKT-10", "Reviewing the service report");
            var report = S.Report!;
            if (report.Kind == ReportKind.Site && report.Signature == SignatureState.Unsigned)
            {
                throw new RuleViolationException("R-TKT-10", Sentence.Of("refusal.ticket.approve-signed-or-disputed", "R-TKT-10: a site report is approved only once it is signed or marked disputed."));
            }

            if (command.Body.Approved)
            {
                S.Report = report with { Review = ReviewState.Approved, ReviewComment = command.Body.Comment, ReviewedBy = command.By.UserId, ReviewedAt = now };
                S.Status = TicketStatus.ReportApproved;
                return Sentence.Of("history.ticket.report-approved", "report approved");
            }

            var comment = Text.Required(command.Body.Comment, "comment", "R-TKT-10");
            S.Report = report with { Review = ReviewState.Returned, ReviewComment = comment, ReviewedBy = command.By.UserId, ReviewedAt = now };
            S.Status = report.Kind == ReportKind.Phone ? TicketStatus.ResolvedByPhone : TicketStatus.Resolved;
            return Sentence.Of("history.ticket.report-returned", $"report returned for correction: {comment}");
        });

    // R-TKT-10: after approval the assistant files the report; a report is filed only with its scan.
    public Task<TicketView> FileReport(Command<ReportFiling> command) =>
        Execute(command, TicketOperation.FileReport, now =>
        {
            RequireStatus(TicketOperation.FileReport, "R-TKT-10", "Filing the service report");
            // The scan is a file of this ticket, uploaded before (docs/api.md "Evidence files").
            var scan = Evidence([Text.Required(command.Body.ScanRef, "scanRef", "R-TKT-10")], AttachmentKind.Scan, "R-TKT-10", "scanRef")[0].Id;
            var report = S.Report!;
            S.Report = report with
            {
                ScanRef = scan,
                FiledAt = now,
                Copies = HandOver(report.Copies, now, (CopyKind.Original, Custodian.AfterSalesArchive)),
            };
            S.Status = TicketStatus.ReportFiled;
            return Task.FromResult(Sentence.Of("history.ticket.report-filed", $"report filed with scan {scan}"));
        }, deliver: TellMachineWorkDone);

    /// <summary>
    /// R-PM-2: filing a preventive-maintenance ticket's report completes its task; R-CMP-1: a campaign ticket's, the
    /// machine's part of the campaign. Idempotent; a failure is logged, and the machine learns it when it next wakes.
    /// </summary>
    private async Task TellMachineWorkDone()
    {
        if (S.Channel.Planned() && S.Report?.FiledAt is { } filed)
        {
            await GrainFactory.Get<IMachineGrain>(S.MachineSerial).WorkDone(new PlannedWorkDone(Id, filed, S.Maintenance, S.CampaignId));
        }
    }

    // R-TKT-8: a copy changes hands only when a move names it (the customer keeps the duplicate); a lookup that
    // answers a default value for "none" would move every copy not named to the enum's first custodian.
    private static List<ReportCopy> HandOver(
        IReadOnlyList<ReportCopy> copies, DateTimeOffset at, params (CopyKind Kind, Custodian To)[] moves)
    {
        var to = moves.ToDictionary(m => m.Kind, m => m.To);
        return [.. copies.Select(c => to.TryGetValue(c.Kind, out var custodian) && custodian != c.Custodian
            ? c with { Custodian = custodian, Since = at }
            : c)];
    }
}
