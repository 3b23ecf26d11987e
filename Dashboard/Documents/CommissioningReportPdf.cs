using AfterSales.Dashboard.App;
using AfterSales.GrainInterfaces.Sites;
using Microsoft.Extensions.Localization;
using PdfSharp.Pdf;
using QRCoder;

namespace AfterSales.Dashboard.Documents;

/// <summary>
/// The commissioning report of an installed machine (R-INS-1/4) in duplicate like the service report: the original
/// (kept by the sales or the after-sales department) and the customer's copy, with the machine, the acceptance, the
/// signatures and stamps, the scan, the fingerprint and a QR code of its verification page.
/// </summary>
public static class CommissioningReportPdf
{
    public static byte[] Write(SiteView site, Installation installation, string customerName, string verifyUrl, IStringLocalizer<Texts> T)
    {
        var record = installation.Commissioning ?? throw new InvalidOperationException($"{installation.MachineSerial} is not commissioned.");
        using var generator = new QRCodeGenerator();
        using var qr = generator.CreateQrCode(verifyUrl, QRCodeGenerator.ECCLevel.M);
        using var document = new PdfDocument();
        document.Info.Title = $"{T["pdf.commissioningTitle"]} {installation.MachineSerial}";
        using var pdf = new PdfWriter(document);
        foreach (var copy in new[] { "pdf.original", "pdf.customerCopy" })
        {
            pdf.NewPage();
            pdf.Heading(T["pdf.commissioningTitle"], 18);
            pdf.Heading(T[copy], 12);
            pdf.Field(T["pdf.site"], $"{site.Id} · {site.Address}");
            pdf.Field(T["field.customerId"], $"{customerName} ({site.CustomerId})");
            pdf.Field(T["field.machineSerial"], $"{installation.MachineSerial} · {T[$"productLine.{installation.ProductLine}"]} · {installation.Model}");
            pdf.Field(T["pdf.installed"], $"{installation.InstalledBy} · {Beijing.Format(installation.InstalledAt)}");
            pdf.Field(T["pdf.accepted"], installation.Acceptance is { } a ? $"{a.AcceptedBy} · {Beijing.Format(a.AcceptedAt)} · {a.Items.Count}" : null);
            pdf.Field(T["pdf.commissionedOn"], record.CommissionedOn.ToString("yyyy-MM-dd"));
            pdf.Field(T["pdf.recordedBy"], $"{record.RecordedBy} · {Beijing.Format(record.RecordedAt)}");
            pdf.Field(T["pdf.signatures"], string.Join("\n", record.Signatures.Select(s => $"{T[$"SigningParty.{s.Party}"]}: {s.Name}")));
            pdf.Field(T["pdf.stamps"], record.Stamps.Count == 0 ? null : string.Join(", ", record.Stamps.Select(s => T[$"SigningParty.{s.Party}"].Value)));
            pdf.Field(T["field.scanRef"], record.ScanRef);
            pdf.Field(T["pdf.keptBy"], T[$"OriginalCustodian.{record.OriginalKeptBy}"]);
            pdf.Field(T["pdf.fingerprint"], record.Sha256);
            pdf.Gap(8);
            pdf.Field(T["pdf.verify"], verifyUrl);
            pdf.QrCode(qr, 110);
        }

        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }
}
