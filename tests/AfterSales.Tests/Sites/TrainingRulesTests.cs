using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Sites;

[Collection(ClusterCollection.Name)]
public sealed class TrainingRulesTests(ClusterFixture fixture)
{
    private Task<SiteScenario> Given() => SiteScenario.Create(fixture.Grains);

    [Fact]
    public async Task R_TRN_1_training_at_the_customer_site_follows_commissioning()
    {
        var s = await Given();
        var trainer = s.World.Engineer;

        await s.Site.Refused(() => s.Site.RecordTraining(trainer.By(s.Training())), "R-TRN-1");
        await s.InstallMixer();
        var refusal = await s.Site.Refused(() => s.Site.RecordTraining(trainer.By(s.Training())), "R-TRN-1");
        Assert.Contains("not commissioned", refusal.Message);

        await s.CommissionMixer();
        var view = await s.Site.RecordTraining(trainer.By(s.Training()));

        var training = view.Trainings.Single();
        Assert.Equal((1, TrainingPlace.CustomerSite, s.World.EngineerId), (training.Number, training.Place, training.EngineerId));
        Assert.Equal((trainer.UserId, Role.ServiceEngineer, ClusterFixture.Clock.GetUtcNow()), (training.RecordedBy, training.RecordedByRole, training.RecordedAt));
        Assert.Equal(["司机 张三", "司机 李四"], training.Attendees);
        Assert.Equal("RecordTraining", view.History[^1].Action);
    }

    [Fact]
    public async Task R_TRN_1_at_the_company_training_center_the_customer_is_trained_before_commissioning()
    {
        var s = await Given();
        await s.InstallPlant();

        var view = await s.Site.RecordTraining(Manager.By(s.Training(TrainingPlace.TrainingCenter, [s.PlantSerial, s.MixerSerial])));

        Assert.Equal([s.PlantSerial, s.MixerSerial], view.Trainings.Single().MachineSerials);
        await s.Site.Invalid(() => s.Site.RecordTraining(Manager.By(s.Training(TrainingPlace.TrainingCenter, ["TM-unknown"]))), "R-TRN-1", "machineSerials");
    }

    [Fact]
    public async Task R_TRN_2_training_follows_a_plan_with_the_operation_manual_and_the_training_material_and_records_attendees()
    {
        var s = await Given();
        await s.InstallMixer();
        await s.CommissionMixer();
        var trainer = s.World.Engineer;

        var noManual = await s.Site.Refused(() => s.Site.RecordTraining(trainer.By(s.Training(materials: ["Customer Training Material"]))), "R-TRN-2");
        Assert.Contains("Product Operation Manual", noManual.Message);
        await s.Site.Refused(() => s.Site.RecordTraining(trainer.By(s.Training(materials: ["Product Operation Manual"]))), "R-TRN-2");
        await s.Site.Invalid(() => s.Site.RecordTraining(trainer.By(s.Training(plan: " "))), "R-TRN-2", "plan");
        await s.Site.Invalid(() => s.Site.RecordTraining(trainer.By(s.Training(attendees: []))), "R-TRN-2", "attendees");
        await s.Site.Invalid(() => s.Site.RecordTraining(trainer.By(s.Training(serials: []))), "R-TRN-2", "machineSerials");

        var view = await s.Site.RecordTraining(trainer.By(s.Training()));
        Assert.Equal("Day 1 operation, day 2 daily maintenance", view.Trainings.Single().Plan);
        Assert.Equal(2, view.Trainings.Single().Materials.Count);
    }

    [Fact]
    public async Task R_TRN_2_training_is_given_by_an_engineer_qualified_for_the_product_line_and_not_suspended()
    {
        var s = await Given();
        await s.InstallMixer();
        await s.CommissionMixer();
        var mixerOnly = $"E-mx-{Guid.NewGuid():N}"[..16];
        await s.World.AddEngineer(mixerOnly, lines: [ProductLine.TruckMixer]);

        var plant = await s.Site.Refused(
            () => s.Site.RecordTraining(Manager.By(s.Training(TrainingPlace.TrainingCenter, [s.PlantSerial], mixerOnly))), "R-TRN-2");
        Assert.Contains("R-ENG-1", plant.Message);
        await s.Site.Forbidden(() => s.Site.RecordTraining(Engineer(mixerOnly).By(s.Training())), "R-TRN-2");
        await s.Site.Forbidden(() => s.Site.RecordTraining(Sales.By(s.Training())), "R-TRN-2");
        await s.Site.Invalid(() => s.Site.RecordTraining(Manager.By(s.Training(engineerId: "E-nobody"))), "R-TRN-2", "engineerId");

        await s.World.EngineerGrain(s.World.EngineerId).Sanction(Leader.By(new NewSanction(SanctionKind.Suspension, "R-ENG-5 joint assessment")));
        var suspended = await s.Site.Refused(() => s.Site.RecordTraining(s.World.Engineer.By(s.Training())), "R-TRN-2");
        Assert.Contains("suspended", suspended.Message);

        var view = await s.Site.RecordTraining(Engineer(mixerOnly).By(s.Training(engineerId: mixerOnly)));
        Assert.Equal(mixerOnly, view.Trainings.Single().EngineerId);
    }
}
