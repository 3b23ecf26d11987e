using AfterSales.GrainInterfaces.Common;
using AfterSales.Dashboard.App;
using AfterSales.GrainInterfaces.Tickets;
using Microsoft.Extensions.Localization;

namespace AfterSales.Dashboard.Documents;

/// <summary>
/// The service report in duplicate (R-TKT-8): the original for the after-sales department and the customer's copy,
/// each marked as such, with the product, the fault, the work, the parts, the times, the signature (its drawing when
/// the customer signed on the phone) or the dispute, the fingerprint and a QR code of the anonymous verification page.
/// </summary>
public static class ServiceReportPdf
{
    public static byte[] Write(
        TicketView ticket, string customerName, string? engineerName, string verifyUrl, byte[]? signaturePng, IStringLocalizer<Texts> T, LocalTimes local)
    {
        var report = ticket.Report ?? throw new InvalidOperationException($"Ticket {ticket.Id} has no service report.");
        var c = report.Content;
        return PdfWriter.InDuplicate(T["pdf.title"], report.ContentSha256, verifyUrl, key => T[key], pdf =>
        {
            pdf.Field(T["field.ticketId"], ticket.Id);
            pdf.Field(T["field.customerId"], $"{customerName} ({ticket.CustomerId})");
            pdf.Field(T["field.machineSerial"], $"{c.MachineSerial} · {T[$"productLine.{c.ProductLine}"]}{(c.Model is { } m ? $" · {m}" : "")}");
            pdf.Field(T["pdf.kind"], T[$"ReportKind.{report.Kind}"]);
            pdf.Field(T["field.description"], c.FaultDescription);
            pdf.Field(T["field.workDone"], c.WorkDone);
            pdf.Field(T["pdf.parts"], c.PartsUsed.Count == 0 ? null : string.Join(", ", c.PartsUsed));
            pdf.Field(T["field.receivedAt"], local.Format(c.ReceivedAt));
            pdf.Field(T["pdf.firstContact"], c.FirstContactAt is { } f ? local.Format(f) : null);
            pdf.Field(T["pdf.arrival"], c.ArrivedAt is { } a ? local.Format(a) : null);
            pdf.Field(T["pdf.resolved"], c.ResolvedAt is { } r ? local.Format(r) : null);
            pdf.Field(T["pdf.engineer"], $"{(engineerName is null ? report.WrittenBy : $"{engineerName} ({report.WrittenBy})")} · {local.Format(report.SubmittedAt)}");
            pdf.Field(T["pdf.signature"], report.Signature switch
            {
                SignatureState.Signed => $"{report.SignedBy} · {(report.SignedAt is { } s ? local.Format(s) : "")}",
                SignatureState.Disputed => $"{T["pdf.disputed"]}: {report.DisputeReason}",
                _ => T["pdf.unsigned"],
            });
            if (signaturePng is not null && report.Signature == SignatureState.Signed)
            {
                pdf.Image(signaturePng, 160);
            }

            pdf.Field(T["pdf.evidence"], c.Evidence is { Count: > 0 } e ? string.Join("\n", e.Select(x => $"{x.AttachmentId} sha256 {x.Sha256}")) : null);
            pdf.Field(T["pdf.fingerprint"], report.ContentSha256);
            pdf.Field(T["pdf.changed"], report.MatchesSignature switch { true => T["pdf.unchanged"], false => T["pdf.changedSince"], _ => "—" });
        });
    }
}
