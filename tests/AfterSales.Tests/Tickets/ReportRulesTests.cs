using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Tickets;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Tickets;

[Collection(ClusterCollection.Name)]
public sealed class ReportRulesTests(ClusterFixture fixture)
{
    private async Task<Scenario> Given() => await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();

    [Fact]
    public async Task R_TKT_8_a_site_report_is_made_in_duplicate_with_product_fault_work_parts_and_times()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.Resolved)).Id);

        var submitted = await t.SubmitReport(s.Engineer.By(new ReportDraft("replaced pump seal", ["pump seal kit", "hydraulic oil 20L"])));

        var report = submitted.Report!;
        Assert.Equal(TicketStatus.ReportSubmitted, submitted.Status);
        Assert.Equal(ReportKind.Site, report.Kind);
        Assert.Equal(s.Serial, report.Content.MachineSerial);
        Assert.Equal("HTM1204", report.Content.Model);
        Assert.Equal(submitted.Description, report.Content.FaultDescription);
        Assert.Equal(["pump seal kit", "hydraulic oil 20L"], report.Content.PartsUsed);
        Assert.Equal(submitted.ArrivedAt, report.Content.ArrivedAt);
        Assert.Equal(submitted.ResolvedAt, report.Content.ResolvedAt);
        Assert.Equal([CopyKind.Original, CopyKind.CustomerCopy], report.Copies.Select(c => c.Kind));
        Assert.All(report.Copies, c => Assert.Equal(Custodian.Engineer, c.Custodian));
    }

    [Fact]
    public async Task R_TKT_8_phone_service_ends_with_a_report_too_and_no_report_before_the_service_is_done()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.Contacted)).Id);

        await t.Refused(() => t.SubmitReport(s.Engineer.By(new ReportDraft("nothing yet", []))), "R-TKT-8");
        await t.RecordPhoneAttempt(s.Engineer.By(new PhoneAttempt(true, "PLC reset by phone")));
        var submitted = await t.SubmitReport(s.Engineer.By(new ReportDraft("guided PLC reset", [])));

        Assert.Equal(ReportKind.Phone, submitted.Report!.Kind);
        Assert.Equal(Custodian.ServiceManager, submitted.Report.Copies.Single(c => c.Kind == CopyKind.Original).Custodian);
        Assert.Equal(Custodian.Customer, submitted.Report.Copies.Single(c => c.Kind == CopyKind.CustomerCopy).Custodian);
    }

    [Fact]
    public async Task R_TKT_8_the_customer_keeps_the_duplicate_through_dispute_return_signature_approval_filing_reopening_and_closing()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.ReportSubmitted)).Id);
        var customer = Customer(s.CustomerId);
        Assert.Equal((Custodian.Engineer, Custodian.Engineer), Copies((await t.Get()).Report!));

        // Disputed: both copies leave the engineer; returned for correction, they stay where they are.
        var disputed = await t.SignReport(customer.By(new ReportSignature(null, true, "hours are wrong")));
        Assert.Equal((Custodian.ServiceManager, Custodian.Customer), Copies(disputed.Report!));
        var returned = await t.ReviewReport(Manager.By(new ReportReview(false, "correct the hours")));
        Assert.Equal((Custodian.ServiceManager, Custodian.Customer), Copies(returned.Report!));

        // The corrected report is a new duplicate with the engineer; the returned one keeps its copies in the record.
        var corrected = await t.SubmitReport(s.Engineer.By(new ReportDraft("replaced pump seal, hours corrected", ["pump seal kit"])));
        Assert.Equal((Custodian.Engineer, Custodian.Engineer), Copies(corrected.Report!));
        Assert.Equal((Custodian.ServiceManager, Custodian.Customer), Copies(corrected.EarlierReports.Single()));
        var signed = await t.SignReport(customer.By(new ReportSignature("Foreman Liu", false, null, 5)));
        Assert.Equal((Custodian.ServiceManager, Custodian.Customer), Copies(signed.Report!));
        var approved = await t.ReviewReport(Manager.By(new ReportReview(true, null)));
        Assert.Equal((Custodian.ServiceManager, Custodian.Customer), Copies(approved.Report!));

        // Filing moves the original to the archive only: the duplicate is the customer's to keep.
        var (scan, _) = await Scenario.Attach(t, Assistant, AttachmentKind.Scan);
        var filed = await t.FileReport(Assistant.By(new ReportFiling(scan)));
        Assert.Equal((Custodian.AfterSalesArchive, Custodian.Customer), Copies(filed.Report!));

        // "Not solved" reopens: the filed report stays in the record as it was; the next round ends with a phone report.
        var reopened = await t.Confirm(customer.By(new Confirmation(false, 2, "still noisy")));
        Assert.Null(reopened.Report);
        Assert.Equal((Custodian.AfterSalesArchive, Custodian.Customer), Copies(reopened.EarlierReports[^1]));
        await t.RecordPhoneAttempt(s.Engineer.By(new PhoneAttempt(true, "relief valve reset by phone")));
        var phone = await t.SubmitReport(s.Engineer.By(new ReportDraft("guided relief valve reset", [])));
        Assert.Equal((Custodian.ServiceManager, Custodian.Customer), Copies(phone.Report!));
        await t.ReviewReport(Manager.By(new ReportReview(true, null)));
        var (phoneScan, _) = await Scenario.Attach(t, Assistant, AttachmentKind.Scan);
        await t.FileReport(Assistant.By(new ReportFiling(phoneScan)));
        var closed = await t.Confirm(customer.By(new Confirmation(true, 5, null)));

        Assert.Equal(TicketStatus.Closed, closed.Status);
        Assert.Equal((Custodian.AfterSalesArchive, Custodian.Customer), Copies(closed.Report!));
        Assert.Equal(
            [(Custodian.ServiceManager, Custodian.Customer), (Custodian.AfterSalesArchive, Custodian.Customer)],
            closed.EarlierReports.Select(Copies));
    }

    /// <summary>Who keeps the original and who the customer's copy (R-TKT-8).</summary>
    private static (Custodian Original, Custodian CustomerCopy) Copies(ServiceReport report) =>
        (report.Copies.Single(c => c.Kind == CopyKind.Original).Custodian, report.Copies.Single(c => c.Kind == CopyKind.CustomerCopy).Custodian);

    [Fact]
    public async Task R_TKT_9_a_signed_site_report_keeps_the_sha256_of_its_content_and_the_copies_change_hands()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.ReportSubmitted)).Id);

        var signed = await t.SignReport(Customer(s.CustomerId).By(new ReportSignature("Foreman Liu", false, null)));

        var report = signed.Report!;
        Assert.Equal(SignatureState.Signed, report.Signature);
        Assert.Equal("Foreman Liu", report.SignedBy);
        Assert.Equal(ReportFingerprint.Sha256(report.Content), report.SignedContentSha256);
        Assert.True(report.MatchesSignature);
        Assert.Equal(Custodian.ServiceManager, report.Copies.Single(c => c.Kind == CopyKind.Original).Custodian);
        Assert.Equal(Custodian.Customer, report.Copies.Single(c => c.Kind == CopyKind.CustomerCopy).Custodian);
        await t.Refused(() => t.SignReport(Customer(s.CustomerId).By(new ReportSignature("again", false, null))), "R-TKT-9");
    }

    [Fact]
    public async Task R_TKT_9_the_fingerprint_changes_when_the_content_changes()
    {
        var s = await Given();
        var report = (await s.TicketAt(TicketStatus.ReportSubmitted)).Report!;

        var tampered = report.Content with { WorkDone = report.Content.WorkDone + " and replaced the gearbox" };

        Assert.Equal(64, ReportFingerprint.Sha256(report.Content).Length);
        Assert.Equal(ReportFingerprint.Sha256(report.Content), ReportFingerprint.Sha256(report.Content with { }));
        Assert.NotEqual(ReportFingerprint.Sha256(report.Content), ReportFingerprint.Sha256(tampered));
    }

    [Fact]
    public async Task R_TKT_9_a_report_the_customer_will_not_sign_is_disputed_and_goes_to_the_manager()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.ReportSubmitted)).Id);

        await Assert.ThrowsAsync<GrainInterfaces.Common.InvalidInputException>(
            () => t.SignReport(Customer(s.CustomerId).By(new ReportSignature(null, true, " "))));
        var disputed = await t.SignReport(Customer(s.CustomerId).By(new ReportSignature(null, true, "hours are wrong")));

        Assert.Equal(SignatureState.Disputed, disputed.Report!.Signature);
        Assert.Equal("hours are wrong", disputed.Report.DisputeReason);
        Assert.Null(disputed.Report.MatchesSignature);
        Assert.Contains("service manager", disputed.History[^1].Detail);
        var approved = await t.ReviewReport(Manager.By(new ReportReview(true, "checked the hours with the customer")));
        Assert.Equal(TicketStatus.ReportApproved, approved.Status);
    }

    [Fact]
    public async Task R_TKT_9_a_phone_report_is_not_signed_on_site()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.Contacted)).Id);
        await t.RecordPhoneAttempt(s.Engineer.By(new PhoneAttempt(true, null)));
        await t.SubmitReport(s.Engineer.By(new ReportDraft("phone fix", [])));

        await t.Refused(() => t.SignReport(Customer(s.CustomerId).By(new ReportSignature("x", false, null))), "R-TKT-9");
    }

    [Fact]
    public async Task R_TKT_10_only_the_manager_approves_and_a_site_report_only_once_signed_or_disputed()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.ReportSubmitted)).Id);

        await t.Forbidden(() => t.ReviewReport(Assistant.By(new ReportReview(true, null))), "R-TKT-10");
        await t.Refused(() => t.ReviewReport(Manager.By(new ReportReview(true, null))), "R-TKT-10");
        await t.SignReport(s.Engineer.By(new ReportSignature("Foreman Liu", false, null)));
        var approved = await t.ReviewReport(Manager.By(new ReportReview(true, null)));

        Assert.Equal(TicketStatus.ReportApproved, approved.Status);
        Assert.Equal(ReviewState.Approved, approved.Report!.Review);
    }

    [Fact]
    public async Task R_TKT_10_a_returned_report_is_corrected_and_submitted_again()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.ReportSubmitted)).Id);
        await t.SignReport(s.Engineer.By(new ReportSignature("Foreman Liu", false, null)));

        var returned = await t.ReviewReport(Manager.By(new ReportReview(false, "parts list incomplete")));
        Assert.Equal(TicketStatus.Resolved, returned.Status);
        Assert.Equal(ReviewState.Returned, returned.Report!.Review);

        var again = await t.SubmitReport(s.Engineer.By(new ReportDraft("replaced seal and filter", ["pump seal kit", "filter"])));
        Assert.Equal(SignatureState.Unsigned, again.Report!.Signature);
        Assert.Single(again.EarlierReports);
        Assert.Equal("parts list incomplete", again.EarlierReports[0].ReviewComment);
    }

    [Fact]
    public async Task R_TKT_10_a_report_is_filed_only_after_approval_and_only_with_a_scan()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.ReportApproved)).Id);

        var noScan = await t.RefusedUnchanged<GrainInterfaces.Common.InvalidInputException>(
            () => t.FileReport(Assistant.By(new ReportFiling(""))), "R-TKT-10");
        Assert.Equal("scanRef", noScan.Field);
        // The scan is a file of this ticket: a name of no upload, or a photo, is no scan.
        await t.RefusedUnchanged<RuleViolationException>(() => t.FileReport(Assistant.By(new ReportFiling("scan://archive/2026/0001.pdf"))), "R-TKT-10");
        var (photo, _) = await Scenario.Attach(t, s.Engineer, AttachmentKind.Photo);
        await t.RefusedUnchanged<RuleViolationException>(() => t.FileReport(Assistant.By(new ReportFiling(photo))), "R-TKT-10");
        var (scan, _) = await Scenario.Attach(t, Assistant, AttachmentKind.Scan);
        var filed = await t.FileReport(Assistant.By(new ReportFiling(scan)));

        Assert.Equal(TicketStatus.ReportFiled, filed.Status);
        Assert.Equal(scan, filed.Report!.ScanRef);
        Assert.Equal(Custodian.AfterSalesArchive, filed.Report.Copies.Single(c => c.Kind == CopyKind.Original).Custodian);

        var early = s.Ticket((await s.TicketAt(TicketStatus.ReportSubmitted)).Id);
        var (earlyScan, _) = await Scenario.Attach(early, Assistant, AttachmentKind.Scan);
        await early.Refused(() => early.FileReport(Assistant.By(new ReportFiling(earlyScan))), "R-TKT-10");
    }
}
