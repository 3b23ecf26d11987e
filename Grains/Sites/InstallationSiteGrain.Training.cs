using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Sites;

/// <summary>Customer training: where and when it may happen (R-TRN-1), by whom and with what (R-TRN-2).</summary>
public sealed partial class InstallationSiteGrain
{
    // R-TRN-2: the materials every training uses.
    public const string OperationManual = "Product Operation Manual";
    public const string TrainingMaterial = "Customer Training Material";


    public Task<SiteView> RecordTraining(Command<NewTraining> command) =>
        Execute(command, SiteOperation.RecordTraining, async now =>
        {
            var (by, t) = (command.By, command.Body);
            var engineerId = Text.Required(t.EngineerId, "engineerId", "R-TRN-2");
            if (by.Role == Role.ServiceEngineer && by.UserId != engineerId)
            {
                throw new ForbiddenException("R-TRN-2", Sentence.Of("refusal.site.own-trainings-only", $"An engineer records only the trainings they gave, not {engineerId}'s."));
            }

            var plan = Text.Required(t.Plan, "plan", "R-TRN-2");
            var serials = Cleaned(t.MachineSerials);
            var attendees = Cleaned(t.Attendees);
            var materials = Cleaned(t.Materials);
            if (serials.Count == 0)
            {
                throw new InvalidInputException("R-TRN-2", "machineSerials", Sentence.Of("refusal.site.training-machines-required", "R-TRN-2: name the machines the customer is trained on."));
            }

            if (attendees.Count == 0)
            {
                throw new InvalidInputException("R-TRN-2", "attendees", Sentence.Of("refusal.site.attendees-required", "R-TRN-2: the attendees are recorded; name at least one."));
            }

            var missing = new[] { OperationManual, TrainingMaterial }
                .Where(m => !materials.Any(x => x.Contains(m, StringComparison.OrdinalIgnoreCase)))
                .ToList();
            if (missing.Count > 0)
            {
                throw new RuleViolationException("R-TRN-2", Sentence.Of("refusal.site.training-materials-missing", $"R-TRN-2: a training uses the {OperationManual} and the {TrainingMaterial}; missing {string.Join(" and ", missing)}."));
            }

            var lines = new HashSet<ProductLine>();
            foreach (var serial in serials)
            {
                lines.Add(await TrainedProductLine(t.Place, serial));
            }

            foreach (var line in lines)
            {
                await RequireQualifiedTrainer(engineerId, line);
            }

            var number = S.Trainings.Count + 1;
            S.Trainings.Add(new TrainingRecord(number, t.Place, engineerId, serials, plan, materials, attendees, by.UserId, by.Role, now));
            return Sentence.Of("history.site.training-recorded", $"training {number} at the {t.Place} by {engineerId} on {string.Join(", ", serials)} for {attendees.Count} attendees");
        });

    // R-TRN-1: at the customer's site only after installation and test are finished (commissioned); at the
    // company's training center on any machine of the customer.
    private async Task<ProductLine> TrainedProductLine(TrainingPlace place, string serial)
    {
        var installed = S.Installations.FirstOrDefault(i => i.MachineSerial == serial);
        if (place == TrainingPlace.CustomerSite)
        {
            if (installed is null)
            {
                throw new RuleViolationException("R-TRN-1", Sentence.Of("refusal.site.train-at-center", $"R-TRN-1: {serial} is not installed at site '{Id}'; train on it at the training center."));
            }

            if (installed.Commissioning is null)
            {
                throw new RuleViolationException("R-TRN-1", Sentence.Of("refusal.site.training-after-commissioning", $"R-TRN-1: training at the customer's site follows commissioning; {serial} is not commissioned yet."));
            }

            return installed.ProductLine;
        }

        if (installed is not null)
        {
            return installed.ProductLine;
        }

        var machine = await FindMachine(serial)
            ?? throw new InvalidInputException("R-TRN-1", "machineSerials", Sentence.Of("refusal.site.no-machine", $"Customer '{S.Profile!.CustomerId}' has no machine '{serial}'."));
        return machine.ProductLine;
    }

    // R-TRN-2 (R-ENG-1, R-ENG-5): a qualified, not suspended engineer, certified to train users on the product line.
    private async Task RequireQualifiedTrainer(string engineerId, ProductLine line)
    {
        Fitness fitness;
        try
        {
            fitness = await GrainFactory.Get<IEngineerGrain>(engineerId).AssessFitness(line);
        }
        catch (NotFoundException)
        {
            throw new InvalidInputException("R-TRN-2", "engineerId", Sentence.Of("refusal.site.engineer-unknown", $"Engineer '{engineerId}' is unknown."));
        }

        if (!fitness.Qualified)
        {
            throw new RuleViolationException("R-TRN-2", Sentence.Of("refusal.site.trainer-not-qualified", $"R-TRN-2: training is given by a qualified engineer; {engineerId} is not: {fitness.Reasons}."));
        }

        if (fitness.Suspended)
        {
            throw new RuleViolationException("R-TRN-2", Sentence.Of("refusal.site.engineer-suspended", $"R-TRN-2: engineer {engineerId} is suspended (R-ENG-5)."));
        }
    }

    private static List<string> Cleaned(IReadOnlyList<string>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().ToList();
}
