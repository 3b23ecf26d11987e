using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Sites;

/// <summary>Installing a plant: problems that need technical support (R-INS-2) and the GB acceptance (R-INS-3).</summary>
public sealed partial class InstallationSiteGrain
{
    // R-INS-2: the installation team, led by the field director, is responsible for the whole installation;
    // a problem that needs technical support is reported at once by the field director.
    public Task<SiteView> ReportProblem(string serial, Command<ProblemReport> command) =>
        Execute(command, new CommandOperation(SiteOperation.ReportProblem, serial), now =>
        {
            var (installation, index) = InstallationOf(serial);
            RequirePlantBeingInstalled(installation, "R-INS-2", "installation problems");
            var description = Text.Required(command.Body.Description, "description", "R-INS-2");

            var number = installation.Problems.Count + 1;
            var problem = new InstallationProblem(number, description, command.By.UserId, now);
            S.Installations[index] = installation with { Problems = [.. installation.Problems, problem] };
            return Sentence.Of("history.site.problem-reported", $"installation problem {number} on {serial} reported to the service manager and the technical department: {description}");
        });

    public Task<SiteView> AnswerProblem(string serial, int number, Command<ProblemAnswer> command) =>
        Execute(command, new CommandOperation(SiteOperation.AnswerProblem, $"{serial} {number}"), now =>
        {
            var (installation, index) = InstallationOf(serial);
            var problem = installation.Problems.FirstOrDefault(p => p.Number == number)
                ?? throw new NotFoundException("Installation problem", $"{serial}/{number}");
            if (problem.Answered)
            {
                throw new RuleViolationException("R-INS-2", Sentence.Of("refusal.site.problem-already-answered", $"R-INS-2: problem {number} on {serial} was already answered by {problem.AnsweredBy}."));
            }

            var answer = Text.Required(command.Body.Answer, "answer", "R-INS-2");
            var answered = problem with { Answer = answer, AnsweredBy = command.By.UserId, AnsweredAt = now };
            S.Installations[index] = installation with { Problems = [.. installation.Problems.Select(p => p.Number == number ? answered : p)] };
            return Sentence.Of("history.site.problem-answered", $"installation problem {number} on {serial} answered: {answer}");
        });

    // R-INS-3: a plant is accepted per the relevant GB standard: every item of its checklist checked, and all passed.
    public Task<IReadOnlyList<string>> Checklist(string serial)
    {
        EnsureExists();
        return Task.FromResult(settings.Value.ChecklistFor(InstallationOf(serial).Installation.ProductLine));
    }

    public Task<SiteView> RecordAcceptance(string serial, Command<AcceptanceChecklist> command) =>
        Execute(command, new CommandOperation(SiteOperation.RecordAcceptance, serial), now =>
        {
            var (installation, index) = InstallationOf(serial);
            RequirePlantBeingInstalled(installation, "R-INS-3", "the GB acceptance checklist");
            if (installation.Acceptance is not null)
            {
                throw new RuleViolationException("R-INS-3", Sentence.Of("refusal.site.already-accepted", $"R-INS-3: {serial} was already accepted by {installation.Acceptance.AcceptedBy}."));
            }

            var items = command.Body.Items;
            if (items.Any(i => string.IsNullOrWhiteSpace(i.Item)))
            {
                throw new InvalidInputException("R-INS-3", "items", Sentence.Of("refusal.site.checklist-item-unnamed", "R-INS-3: every checklist item names what was checked."));
            }

            bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
            var missing = settings.Value.ChecklistFor(installation.ProductLine).Where(c => !items.Any(i => Same(i.Item, c))).ToList();
            if (missing.Count > 0)
            {
                throw new RuleViolationException("R-INS-3", Sentence.Of("refusal.site.checklist-incomplete", $"R-INS-3: the acceptance checklist misses: {string.Join("; ", missing)}."));
            }

            var failed = items.Where(i => !i.Passed).Select(i => i.Item.Trim()).ToList();
            if (failed.Count > 0)
            {
                throw new RuleViolationException("R-INS-3", Sentence.Of("refusal.site.items-failed", $"R-INS-3: a plant is accepted only when every item passes; failed: {string.Join("; ", failed)}."));
            }

            var record = new AcceptanceRecord([.. items.Select(i => i with { Item = i.Item.Trim() })], command.By.UserId, now);
            S.Installations[index] = installation with { Acceptance = record };
            return Sentence.Of("history.site.accepted", $"{serial} accepted: {items.Count} items passed");
        });

    private static void RequirePlantBeingInstalled(Installation installation, string ruleId, string what)
    {
        if (!IsPlant(installation))
        {
            throw new RuleViolationException(ruleId, Sentence.Of("refusal.site.plants-only", $"{ruleId}: {what} are for batching and recycling plants; {installation.MachineSerial} is a truck mixer (R-INS-1)."));
        }

        if (installation.Commissioning is not null)
        {
            throw new RuleViolationException(ruleId, Sentence.Of("refusal.site.already-commissioned-no-date", $"{ruleId}: {installation.MachineSerial} is already commissioned."));
        }
    }
}
