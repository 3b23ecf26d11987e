using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Sites;

/// <summary>Commissioning: a truck mixer on the driver's and the customer's signatures (R-INS-1), a plant on a signed,
/// stamped and scanned report (R-INS-4); the date starts the warranty (R-INS-5).</summary>
public sealed partial class InstallationSiteGrain
{
    public Task<SiteView> Commission(string serial, Command<CommissioningReport> command) =>
        Execute(command, new CommandOperation(SiteOperation.Commission, serial), now =>
        {
            var (installation, index) = InstallationOf(serial);
            var ruleId = IsPlant(installation) ? "R-INS-4" : "R-INS-1";
            AccessPolicy.RequireRole(command.By, IsPlant(installation) ? Commissioning.Plant : Commissioning.TruckMixer);
            if (installation.Commissioning is not null)
            {
                throw new RuleViolationException(ruleId, Sentence.Of("refusal.site.already-commissioned", $"{ruleId}: {serial} was already commissioned on {installation.Commissioning.CommissionedOn:yyyy-MM-dd}."));
            }

            var report = command.Body;
            if (report.Signatures.Any(s => string.IsNullOrWhiteSpace(s.Name)))
            {
                throw new InvalidInputException(ruleId, "signatures", Sentence.Of("refusal.site.signature-unnamed", $"{ruleId}: every signature names who signed."));
            }

            var custodian = IsPlant(installation) ? RequirePlantCommissioning(installation, report) : RequireTruckMixerCommissioning(report);

            // R-INS-5: the commissioning date (the local one, as the warranty check reads it) starts the warranty
            // (R-WTY-1), told to the customer grain after the write.
            var on = calendar.LocalDate(now);
            var record = new CommissioningRecord(
                on, now, command.By.UserId, command.By.Role,
                [.. report.Signatures.Select(s => s with { Name = s.Name.Trim() })], [.. report.Stamps],
                string.IsNullOrWhiteSpace(report.ScanRef) ? null : report.ScanRef.Trim(), custodian);
            var scan = installation.Attachments?.FirstOrDefault(a => a.Id == record.ScanRef)?.Sha256;
            record = record with { Sha256 = CommissioningFingerprint.Sha256(Id, installation, record, scan) };
            S.Installations[index] = installation with { Commissioning = record };
            return Sentence.Of("history.site.commissioned", $"{installation.ProductLine} {serial} commissioned on {on:yyyy-MM-dd}; the {custodian} keeps the original; warranty starts");
        });

    // R-INS-1: signed by the driver who delivered it and the customer's representative; the sales department keeps the original.
    private static OriginalCustodian RequireTruckMixerCommissioning(CommissioningReport report)
    {
        var missing = new[] { SigningParty.Driver, SigningParty.Customer }
            .Where(party => report.Signatures.All(s => s.Party != party))
            .Select(party => $"the {party}'s signature")
            .ToList();
        if (missing.Count > 0)
        {
            throw new RuleViolationException("R-INS-1", Sentence.Of("refusal.site.mixer-signed", $"R-INS-1: a truck mixer is commissioned when the delivering driver and the customer's representative sign; missing {string.Join(" and ", missing)}."));
        }

        return OriginalCustodian.SalesDepartment;
    }

    // R-INS-4: no open problem (R-INS-2), accepted (R-INS-3), signed and stamped by both parties, the original's scan uploaded.
    private static OriginalCustodian RequirePlantCommissioning(Installation installation, CommissioningReport report)
    {
        if (installation.Problems.FirstOrDefault(p => !p.Answered) is { } open)
        {
            throw new RuleViolationException("R-INS-2", Sentence.Of("refusal.site.problem-unanswered", $"R-INS-2: installation problem {open.Number} on {installation.MachineSerial} is not answered yet."));
        }

        if (installation.Acceptance is null)
        {
            throw new RuleViolationException("R-INS-3", Sentence.Of("refusal.site.not-accepted", $"R-INS-3: {installation.MachineSerial} has not passed its GB acceptance checklist."));
        }

        var parties = new[] { SigningParty.Company, SigningParty.Customer };
        var missing = parties.Where(party => report.Signatures.All(s => s.Party != party)).Select(party => $"the {party}'s signature")
            .Concat(parties.Where(party => report.Stamps.All(s => s.Party != party)).Select(party => $"the {party}'s stamp"))
            .ToList();
        if (missing.Count > 0)
        {
            throw new RuleViolationException("R-INS-4", Sentence.Of("refusal.site.plant-signed-and-stamped", $"R-INS-4: a plant's commissioning report is signed and stamped by both parties; missing {string.Join(", ", missing)}."));
        }

        if (string.IsNullOrWhiteSpace(report.ScanRef))
        {
            throw new RuleViolationException("R-INS-4", Sentence.Of("refusal.site.scan-required", "R-INS-4: the after-sales department keeps the original; upload its scan (scanRef)."));
        }

        // The scan is a file of this installation, uploaded before (docs/api.md "Evidence files").
        if (installation.Attachments?.Any(a => a.Id == report.ScanRef.Trim() && a.Kind == AttachmentKind.Scan) != true)
        {
            throw new RuleViolationException("R-INS-4", Sentence.Of("refusal.site.not-a-scan", $"R-INS-4: scanRef names {report.ScanRef.Trim()}, which is no Scan attachment of {installation.MachineSerial}; upload the scan first."));
        }

        return OriginalCustodian.AfterSalesDepartment;
    }
}
