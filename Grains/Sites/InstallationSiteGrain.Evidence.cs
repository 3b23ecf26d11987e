using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Sites;

/// <summary>An installation's evidence files: the scan of its signed and stamped commissioning report (R-INS-4).</summary>
public sealed partial class InstallationSiteGrain
{
    /// <summary>At most this many files per installation: a command's write stays bounded.</summary>
    public const int MaxAttachments = 20;

    public Task Require(Actor by, SiteOperation operation)
    {
        EnsureExists();
        AccessPolicy.Require(by, operation, new Owner(S.Profile!.CustomerId));
        return Task.CompletedTask;
    }

    public Task<ReportVerification> Verify(string serial, string sha256)
    {
        var installation = S.Profile is null ? null : S.Installations.FirstOrDefault(i => i.MachineSerial == serial);
        if (installation?.Commissioning is not { Sha256: { } kept } record || kept != sha256)
        {
            return Task.FromResult(new ReportVerification(false, false, null, null));
        }

        var scan = installation.Attachments?.FirstOrDefault(a => a.Id == record.ScanRef)?.Sha256;
        var now = CommissioningFingerprint.Sha256(Id, installation with { Commissioning = null }, record, scan);
        return Task.FromResult(new ReportVerification(true, now == kept, SignatureState.Signed, record.RecordedAt));
    }

    public Task<bool> Names(string sha256) =>
        Task.FromResult(S.Installations.Any(i => i.Attachments?.Any(a => a.Sha256 == sha256) == true));

    public Task<SiteView> Attach(string serial, Command<NewAttachment> command) =>
        Execute(command, new CommandOperation(SiteOperation.Attach, serial), now =>
        {
            var (installation, index) = InstallationOf(serial);
            var file = command.Body;
            EvidenceFile.Check(file, "R-INS-4");
            var attachments = installation.Attachments?.ToList() ?? [];
            if (file.Replaces is not null || attachments.Count >= MaxAttachments)
            {
                throw new RuleViolationException("R-INS-4", Sentence.Of("refusal.site.too-many-files", $"R-INS-4: an installation keeps up to {MaxAttachments} files, each once; a signed report's scan is not replaced."));
            }

            var id = $"{Id}:{serial}:S{attachments.Count + 1}";
            var attachment = EvidenceFile.Record(file, id, command.By.UserId, now, ticketId: null, Id, serial);
            attachments.Add(attachment);
            S.Installations[index] = installation with { Attachments = attachments };
            return Sentence.Of("history.site.attached", $"{file.Kind} {id} attached to {serial}: {attachment.FileName} (sha256 {file.Sha256[..12]})");
        });
}
