using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Tickets;

/// <summary>
/// Evidence files: photos of the trouble spot (R-TKT-6), the scan of the signed report (R-TKT-10), the customer's
/// drawn signature (R-TKT-9). The bytes are stored before the command; the ticket keeps what each file is and its hash.
/// </summary>
public sealed partial class TicketGrain
{
    /// <summary>At most this many files per ticket: a command's write stays bounded.</summary>
    public const int MaxAttachments = 100;

    public Task<TicketView> Attach(Command<NewAttachment> command) =>
        Execute(command, TicketOperation.Attach, now =>
        {
            var file = command.Body;
            EvidenceFile.Check(file, "R-TKT-6");
            if (file.Replaces is { } replaced)
            {
                var old = S.Attachments.FindIndex(a => a.Id == replaced);
                if (old < 0 || S.Attachments[old].Kind != file.Kind)
                {
                    throw new RuleViolationException("R-TKT-6", Sentence.Of("refusal.ticket.nothing-to-replace", $"R-TKT-6: the ticket has no {file.Kind} {replaced} to replace."));
                }

                var was = S.Attachments[old];
                S.Attachments[old] = EvidenceFile.Record(file, replaced, command.By.UserId, now, Id);
                return Sentence.Of("history.ticket.replaced", $"{file.Kind} {replaced} replaced: {was.FileName} ({was.Sha256[..12]}) by {S.Attachments[old].FileName} ({file.Sha256[..12]})");
            }

            if (S.Attachments.Count >= MaxAttachments)
            {
                throw new RuleViolationException("R-TKT-6", Sentence.Of("refusal.ticket.too-many-files", $"R-TKT-6: a ticket keeps at most {MaxAttachments} files."));
            }

            var id = $"{Id}.F{S.Attachments.Count + 1}";
            var attachment = EvidenceFile.Record(file, id, command.By.UserId, now, Id);
            S.Attachments.Add(attachment);
            return Sentence.Of("history.ticket.attached", $"{file.Kind} {id} attached: {attachment.FileName} ({file.Bytes} bytes, sha256 {file.Sha256[..12]})");
        });

    /// <summary>The attachments of this ticket that <paramref name="ids"/> name, each of <paramref name="kind"/>; else refused under <paramref name="ruleId"/>.</summary>
    private List<Attachment> Evidence(IEnumerable<string> ids, AttachmentKind kind, string ruleId, string field)
    {
        var found = new List<Attachment>();
        foreach (var id in ids.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct())
        {
            found.Add(S.Attachments.FirstOrDefault(a => a.Id == id && a.Kind == kind)
                ?? throw new RuleViolationException(ruleId, Sentence.Of("refusal.ticket.not-an-attachment", $"{ruleId}: {field} names {id}, which is no {kind} attachment of this ticket; upload the file first.")));
        }

        return found;
    }

    public Task<bool> Names(string sha256) => Task.FromResult(
        S.Attachments.Any(a => a.Sha256 == sha256)
        || new[] { S.Report }.Concat(S.EarlierReports).OfType<ServiceReport>().Any(r => r.Content.Evidence?.Any(e => e.Sha256 == sha256) == true));

    public Task<ReportVerification> Verify(string sha256)
    {
        var report = !S.Opened ? null : new[] { S.Report }.Concat(S.EarlierReports).OfType<ServiceReport>()
            .LastOrDefault(r => r.SignedContentSha256 == sha256 || ReportFingerprint.Sha256(r.Content) == sha256 || FingerprintNow(r.Content) == sha256);
        return Task.FromResult(report is null
            ? new ReportVerification(false, false, null, null)
            : new ReportVerification(true, FingerprintNow(report.Content) == sha256 && report == S.Report, report.Signature, report.SignedAt));
    }

    /// <summary>The fingerprint of a report's content with its evidence files as they are now (a file replaced since shows).</summary>
    private string FingerprintNow(ReportContent content) => ReportFingerprint.Sha256(content with { Evidence = EvidenceNow(content.Evidence) });

    private IReadOnlyList<EvidenceHash>? EvidenceNow(IReadOnlyList<EvidenceHash>? evidence) => evidence?.Select(e =>
        S.Attachments.FirstOrDefault(a => a.Id == e.AttachmentId) is { } a ? e with { Sha256 = a.Sha256 } : e).ToList();

    /// <summary>The files a report written now rests on: the photos of the site findings.</summary>
    private List<EvidenceHash>? ReportEvidence() => S.SiteFindings is { } f
        ? [.. f.Photos.Select(p => S.Attachments.FirstOrDefault(a => a.Id == p)).OfType<Attachment>().Select(a => new EvidenceHash(a.Id, a.Sha256))]
        : null;
}
