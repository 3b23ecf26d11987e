using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;
using static AfterSales.Tests.Sites.SiteScenario;

namespace AfterSales.Tests.Sites;

[Collection(ClusterCollection.Name)]
public sealed class InstallationRulesTests(ClusterFixture fixture)
{
    private Task<SiteScenario> Given() => SiteScenario.Create(fixture.Grains);

    private static DateOnly Today => DateOnly.FromDateTime(ClusterFixture.Clock.GetUtcNow().ToOffset(ClusterFixture.Beijing).DateTime);

    [Fact]
    public async Task R_INS_1_a_truck_mixer_is_commissioned_when_driver_and_customer_representative_sign()
    {
        var s = await Given();
        await s.InstallMixer();
        var companyOnly = new CommissioningReport(
            [new PartySignature(SigningParty.Company, "sales rep"), new PartySignature(SigningParty.Customer, "王经理")], []);

        var refusal = await s.Site.Refused(() => s.Site.Commission(s.MixerSerial, Sales.By(companyOnly)), "R-INS-1");
        Assert.Contains("Driver", refusal.Message);
        await s.Site.Forbidden(() => s.Site.Commission(s.MixerSerial, Installer.By(MixerReport)), "R-INS-1");
        await s.Site.Forbidden(() => s.Site.Commission(s.MixerSerial, Customer(s.World.CustomerId).By(MixerReport)), "R-INS-1");
        Assert.Equal(InstallationStatus.Installing, (await s.InstallationOf(s.MixerSerial)).Status);

        var view = await s.CommissionMixer();

        var mixer = view.Installations.Single(i => i.MachineSerial == s.MixerSerial);
        Assert.Equal(InstallationStatus.Commissioned, mixer.Status);
        Assert.Equal(OriginalCustodian.SalesDepartment, mixer.Commissioning!.OriginalKeptBy);
        Assert.Equal(Today, mixer.Commissioning.CommissionedOn);
        Assert.Equal(Sales.UserId, mixer.Commissioning.RecordedBy);
        Assert.Equal([SigningParty.Driver, SigningParty.Customer], mixer.Commissioning.Signatures.Select(x => x.Party));
        Assert.Equal(["Register", "Install", "Commission"], view.History.Select(h => h.Action));
        Assert.Equal(Role.SalesDepartment, view.History[^1].Role);
        await s.Site.Refused(() => s.CommissionMixer(), "R-INS-1");
    }

    [Fact]
    public async Task R_INS_2_only_a_machine_of_the_site_customer_is_installed_with_the_product_line_of_its_records()
    {
        var s = await Given();
        var other = await Given();

        await s.Site.Invalid(() => s.Site.Install(Installer.By(new NewInstallation(other.PlantSerial, ProductLine.BatchingPlant))), "R-INS-2", "machineSerial");
        await s.Site.Invalid(() => s.Site.Install(Installer.By(new NewInstallation(s.PlantSerial, ProductLine.RecyclingPlant))), "R-INS-2", "productLine");
        await s.Site.Forbidden(() => s.Site.Install(Customer(s.World.CustomerId).By(new NewInstallation(s.PlantSerial, ProductLine.BatchingPlant))), "API-ROLE");

        var view = await s.InstallPlant();
        var plant = view.Installations.Single();
        Assert.Equal((ProductLine.BatchingPlant, "HZS180", Installer.UserId), (plant.ProductLine, plant.Model, plant.InstalledBy));
        await s.Site.Refused(() => s.InstallPlant(), RuleIds.IdExists);
    }

    [Fact]
    public async Task R_INS_2_installation_problems_are_reported_by_the_field_director_and_answered_by_the_technical_department()
    {
        var s = await Given();
        await s.InstallPlant();
        await s.InstallMixer();
        var leak = new ProblemReport("admixture scale reads 3% high after calibration");

        await s.Site.Forbidden(() => s.Site.ReportProblem(s.PlantSerial, Sales.By(leak)), "R-INS-2");
        await s.Site.Refused(() => s.Site.ReportProblem(s.MixerSerial, FieldDirector.By(leak)), "R-INS-2");
        await s.Site.Invalid(() => s.Site.ReportProblem(s.PlantSerial, FieldDirector.By(new ProblemReport(" "))), "R-INS-2", "description");
        var reported = await s.Site.ReportProblem(s.PlantSerial, FieldDirector.By(leak));
        var problem = reported.Installations.Single(i => i.MachineSerial == s.PlantSerial).Problems.Single();
        Assert.Equal((1, false, FieldDirector.UserId), (problem.Number, problem.Answered, problem.ReportedBy));

        await s.Site.Forbidden(() => s.Site.AnswerProblem(s.PlantSerial, 1, FieldDirector.By(new ProblemAnswer("fine"))), "R-INS-2");
        await Assert.ThrowsAsync<NotFoundException>(() => s.Site.AnswerProblem(s.PlantSerial, 2, TechDept.By(new ProblemAnswer("x"))));
        var answered = await s.Site.AnswerProblem(s.PlantSerial, 1, TechDept.By(new ProblemAnswer("replace load cell LC-3; spare sent today")));
        var done = answered.Installations.Single(i => i.MachineSerial == s.PlantSerial).Problems.Single();
        Assert.Equal((true, TechDept.UserId), (done.Answered, done.AnsweredBy));
        await s.Site.Refused(() => s.Site.AnswerProblem(s.PlantSerial, 1, Manager.By(new ProblemAnswer("again"))), "R-INS-2");
    }

    [Fact]
    public async Task R_INS_2_a_plant_is_not_commissioned_while_an_installation_problem_is_unanswered()
    {
        var s = await Given();
        await s.AcceptedPlant();
        await s.Site.ReportProblem(s.PlantSerial, FieldDirector.By(new ProblemReport("PLC loses the recipe after power-off")));

        await s.Site.Refused(() => s.Site.Commission(s.PlantSerial, FieldDirector.By(s.PlantReport)), "R-INS-2");

        await s.Site.AnswerProblem(s.PlantSerial, 1, Manager.By(new ProblemAnswer("replace the PLC backup battery")));
        var view = await s.Site.Commission(s.PlantSerial, FieldDirector.By(s.PlantReport));
        Assert.Equal(InstallationStatus.Commissioned, view.Installations.Single().Status);
    }

    [Fact]
    public async Task R_INS_3_a_plant_is_accepted_only_when_every_GB_checklist_item_is_there_and_passes()
    {
        var s = await Given();
        await s.InstallPlant();
        var full = FullChecklist();

        var missing = await s.Site.Refused(() => s.Site.RecordAcceptance(s.PlantSerial, FieldDirector.By(full with { Items = full.Items.Skip(1).ToList() })), "R-INS-3");
        Assert.Contains(full.Items[0].Item, missing.Message);
        var failing = full with { Items = [.. full.Items.Select((i, n) => n == 2 ? i with { Passed = false } : i)] };
        var failed = await s.Site.Refused(() => s.Site.RecordAcceptance(s.PlantSerial, FieldDirector.By(failing)), "R-INS-3");
        Assert.Contains(full.Items[2].Item, failed.Message);
        await s.Site.Forbidden(() => s.Site.RecordAcceptance(s.PlantSerial, Sales.By(full)), "R-INS-3");
        await s.InstallMixer();
        await s.Site.Refused(() => s.Site.RecordAcceptance(s.MixerSerial, FieldDirector.By(full)), "R-INS-3");

        var extra = full with { Items = [.. full.Items, new AcceptanceItem("paint touched up", true)] };
        var view = await s.Site.RecordAcceptance(s.PlantSerial, FieldDirector.By(extra));

        var plant = view.Installations.Single(i => i.MachineSerial == s.PlantSerial);
        Assert.Equal(InstallationStatus.Accepted, plant.Status);
        Assert.Equal(full.Items.Count + 1, plant.Acceptance!.Items.Count);
        Assert.Equal(FieldDirector.UserId, plant.Acceptance.AcceptedBy);
        await s.Site.Refused(() => s.Site.RecordAcceptance(s.PlantSerial, FieldDirector.By(full)), "R-INS-3");
    }

    [Fact]
    public async Task R_INS_4_a_plant_is_commissioned_when_signed_and_stamped_by_both_parties_and_its_scan_uploaded()
    {
        var s = await Given();
        await s.InstallPlant();

        await s.Site.Refused(() => s.Site.Commission(s.PlantSerial, FieldDirector.By(s.PlantReport)), "R-INS-3");
        await s.Site.RecordAcceptance(s.PlantSerial, FieldDirector.By(FullChecklist()));
        var noChop = await s.Site.Refused(() => s.Site.Commission(s.PlantSerial, FieldDirector.By(s.PlantReport with { Stamps = [new PartyStamp(SigningParty.Company)] })), "R-INS-4");
        Assert.Contains("Customer's stamp", noChop.Message);
        await s.Site.Refused(() => s.Site.Commission(s.PlantSerial, FieldDirector.By(s.PlantReport with { Signatures = s.PlantReport.Signatures.Skip(1).ToList() })), "R-INS-4");
        await s.Site.Refused(() => s.Site.Commission(s.PlantSerial, FieldDirector.By(s.PlantReport with { ScanRef = null })), "R-INS-4");
        // The scan is a file of this installation: a name of no upload is no scan.
        await s.Site.Refused(() => s.Site.Commission(s.PlantSerial, FieldDirector.By(s.PlantReport with { ScanRef = "scan://2026/commissioning/plant-1.pdf" })), "R-INS-4");
        await s.Site.Forbidden(() => s.Site.Commission(s.PlantSerial, Sales.By(s.PlantReport)), "R-INS-4");
        await s.Site.Invalid(() => s.Site.Commission(s.PlantSerial, FieldDirector.By(s.PlantReport with { Signatures = [new PartySignature(SigningParty.Company, " ")] })), "R-INS-4", "signatures");

        var view = await s.Site.Commission(s.PlantSerial, Installer.By(s.PlantReport));

        var commissioning = view.Installations.Single().Commissioning!;
        Assert.Equal(OriginalCustodian.AfterSalesDepartment, commissioning.OriginalKeptBy);
        Assert.Equal(s.PlantReport.ScanRef, commissioning.ScanRef);
        Assert.Equal((Installer.UserId, Role.InstallationTeam), (commissioning.RecordedBy, commissioning.RecordedByRole));
        Assert.Equal(2, commissioning.Stamps.Count);
    }

    [Fact]
    public async Task R_INS_5_commissioning_starts_the_warranty_of_the_machine()
    {
        var s = await Given();
        await s.InstallMixer();
        var ticket = await s.World.TicketAt(TicketStatus.Contacted);
        var t = s.World.Ticket(ticket.Id);
        var seal = new WarrantyPartsRequest([new PartLine("P-4711", 1)]);

        await t.Refused(() => t.RequestWarrantyParts(s.World.Engineer.By(seal)), "R-WTY-1");
        Assert.Null((await s.Machine(s.MixerSerial).Get()).CommissionedOn);

        await s.CommissionMixer();

        var machine = await s.Machine(s.MixerSerial).Get();
        Assert.Equal(Today, machine!.CommissionedOn);
        var requested = await t.RequestWarrantyParts(s.World.Engineer.By(seal));
        Assert.Equal(WarrantyPartsState.PendingApproval, requested.WarrantyParts!.State);
        Assert.Equal(Today.AddMonths(12), requested.Warranty.ExpiresOn);
    }

    [Fact]
    public async Task R_INS_5_a_machine_commissioned_after_midnight_in_beijing_has_that_days_date_and_warranty()
    {
        var s = await Given();
        await s.InstallMixer();
        var at = ClusterFixture.MoveToWorkingMonday(0, 30);

        await s.CommissionMixer();

        var local = DateOnly.FromDateTime(at.DateTime);
        Assert.NotEqual(local, DateOnly.FromDateTime(at.UtcDateTime));
        Assert.Equal(local, (await s.Machine(s.MixerSerial).Get()).CommissionedOn);
        Assert.Equal(local, (await s.InstallationOf(s.MixerSerial)).Commissioning!.CommissionedOn);
    }

    [Fact]
    public async Task R_INS_5_recording_the_commissioning_again_does_not_restart_the_warranty()
    {
        var s = await Given();
        await s.InstallMixer();
        await s.CommissionMixer();

        await s.Machine(s.MixerSerial).RecordCommissioning(Today, null);
        await s.Machine(s.MixerSerial).RecordCommissioning(Today.AddYears(1), null);

        Assert.Equal(Today, (await s.Machine(s.MixerSerial).Get()).CommissionedOn);
        await Assert.ThrowsAsync<NotFoundException>(() => s.Machine("no-such-serial").RecordCommissioning(Today, null));
    }

    [Fact]
    public async Task A_repeated_idempotency_key_returns_the_first_answer_and_changes_nothing_more()
    {
        var s = await Given();
        var first = await s.Site.Install(Sales.By(new NewInstallation(s.MixerSerial, ProductLine.TruckMixer), "install-1"));
        var again = await s.Site.Install(Sales.By(new NewInstallation(s.MixerSerial, ProductLine.TruckMixer), "install-1"));

        Assert.Equal(first.Version, again.Version);
        Assert.Equal(first.Version, (await s.Site.Get()).Version);
        await s.Site.Refused(() => s.Site.Commission(s.MixerSerial, Sales.By(MixerReport, "install-1")), RuleIds.IdempotencyKeyReused);
    }

    [Fact]
    public async Task A_site_belongs_to_a_known_customer()
    {
        var site = fixture.Grains.GetGrain<IInstallationSiteGrain>($"S-{Guid.NewGuid():N}");
        var nowhere = new SiteProfile("C-nobody", "nowhere", "Shandong");

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => site.Register(Assistant.By(nowhere)));
        Assert.Equal("customerId", refusal.Field);
        await Assert.ThrowsAsync<ForbiddenException>(() => site.Register(Engineer("E-x").By(nowhere)));
        await Assert.ThrowsAsync<NotFoundException>(() => site.Get());
        await Assert.ThrowsAsync<NotFoundException>(() => site.Install(Sales.By(new NewInstallation("TM-1", ProductLine.TruckMixer))));
    }
}
