using AfterSales.GrainInterfaces.Common;
using AfterSales.Dashboard.App;
using AfterSales.GrainInterfaces.Sites;
using Microsoft.Extensions.Localization;

namespace AfterSales.Dashboard.Documents;

/// <summary>
/// The commissioning report of an installed machine (R-INS-1/4) in duplicate like the service report: the original
/// (kept by the sales or the after-sales department) and the customer's copy, with the machine, the acceptance, the
/// signatures and stamps, the scan, the fingerprint and a QR code of its verification page.
/// </summary>
public static class CommissioningReportPdf
{
    public static byte[] Write(SiteView site, Installation installation, string customerName, string verifyUrl, IStringLocalizer<Texts> T, LocalTimes local)
    {
        var record = installation.Commissioning ?? throw new InvalidOperationException($"{installation.MachineSerial} is not commissioned.");
        return PdfWriter.InDuplicate(T["pdf.commissioningTitle"], record.Sha256 ?? "", verifyUrl, key => T[key], pdf =>
        {
            pdf.Field(T["pdf.site"], $"{site.Id} · {site.Address}");
            pdf.Field(T["field.customerId"], $"{customerName} ({site.CustomerId})");
            pdf.Field(T["field.machineSerial"], $"{installation.MachineSerial} · {T[$"productLine.{installation.ProductLine}"]} · {installation.Model}");
            pdf.Field(T["pdf.installed"], $"{installation.InstalledBy} · {local.Format(installation.InstalledAt)}");
            pdf.Field(T["pdf.accepted"], installation.Acceptance is { } a ? $"{a.AcceptedBy} · {local.Format(a.AcceptedAt)} · {a.Items.Count}" : null);
            pdf.Field(T["pdf.commissionedOn"], record.CommissionedOn.ToString("yyyy-MM-dd"));
            pdf.Field(T["pdf.recordedBy"], $"{record.RecordedBy} · {local.Format(record.RecordedAt)}");
            pdf.Field(T["pdf.signatures"], string.Join("\n", record.Signatures.Select(s => $"{T[$"SigningParty.{s.Party}"]}: {s.Name}")));
            pdf.Field(T["pdf.stamps"], record.Stamps.Count == 0 ? null : string.Join(", ", record.Stamps.Select(s => T[$"SigningParty.{s.Party}"].Value)));
            pdf.Field(T["field.scanRef"], record.ScanRef);
            pdf.Field(T["pdf.keptBy"], T[$"OriginalCustodian.{record.OriginalKeptBy}"]);
            pdf.Field(T["pdf.fingerprint"], record.Sha256);
        });
    }
}
