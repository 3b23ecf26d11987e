using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Maintenance;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Common;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Grains.Maintenance;

/// <summary>
/// R-PM-1: the maintenance plan of one product line (key: the line's name), a model may override its tasks. Replaced
/// whole by the technical department or the service manager; each put tells the machine list, whose projector then
/// wakes every machine of the line to plan again (the machines read the plan themselves, so this grain calls nobody).
/// </summary>
public sealed class MaintenancePlanGrain(
    [PersistentState("maintenance-plan")] IPersistentState<MaintenancePlanState> state,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock) : Grain, IMaintenancePlanGrain
{
    private CommandPipeline<MaintenancePlanState>? _pipeline;

    private CommandPipeline<MaintenancePlanState> Pipeline => _pipeline ??=
        CommandPipelines.For(this, state, DeactivateOnIdle, CommandAccess<MaintenancePlanState>.ByRole<MaintenanceOperation>(), Outbox);

    private string Line => this.GetPrimaryKeyString();

    public Task<MaintenancePlanView> Get()
    {
        RequireLine();
        return Task.FromResult(ViewOf(Pipeline.State));
    }

    // R-PM-1: tasks each due every N hours or every M months (or both, whichever first), raised their lead time before.
    public Task<MaintenancePlanView> Put(Command<MaintenancePlan> command)
    {
        RequireLine();
        return Pipeline.Run(
            command.Request(MaintenanceOperation.PutPlan),
            draft =>
            {
                var plan = command.Body;
                var tasks = Valid(plan.Tasks ?? [], "tasks");
                var models = new Dictionary<string, List<MaintenanceTask>>();
                foreach (var (model, overridden) in plan.Models ?? new Dictionary<string, IReadOnlyList<MaintenanceTask>>())
                {
                    var name = Text.Optional(model) ?? throw Invalid("models", Sentence.Of("refusal.maintenance.model-name", "R-PM-1: a model that overrides the plan is named."));
                    models[name] = Valid(overridden ?? [], $"models.{name}");
                }

                draft.Tasks = tasks;
                draft.Models = models;
                draft.Version++;
                draft.SetBy = command.By.UserId;
                draft.SetAt = clock.GetUtcNow();
                return Task.FromResult(true);
            },
            null,
            _ => ViewOf(Pipeline.State));
    }

    /// <summary>R-PM-1: named tasks of unique ids, each due by hours or by months (or both), with lead times not negative.</summary>
    private static List<MaintenanceTask> Valid(IReadOnlyList<MaintenanceTask> tasks, string field)
    {
        var list = new List<MaintenanceTask>();
        for (var i = 0; i < tasks.Count; i++)
        {
            var t = tasks[i];
            var at = $"{field}[{i}]";
            var id = Text.Optional(t.Id) ?? throw Invalid($"{at}.id", Sentence.Of("refusal.maintenance.task-id", "R-PM-1: every task has an id."));
            var name = Text.Optional(t.Name) ?? throw Invalid($"{at}.name", Sentence.Of("refusal.maintenance.task-name", $"R-PM-1: task '{id}' has a name.", id));
            if (list.Any(o => string.Equals(o.Id, id, StringComparison.OrdinalIgnoreCase)))
            {
                throw Invalid($"{at}.id", Sentence.Of("refusal.maintenance.task-id-twice", $"R-PM-1: task id '{id}' is used twice.", id));
            }

            var byHours = t.EveryHours is { } h && double.IsFinite(h) && h > 0;
            var byMonths = t.EveryMonths is > 0;
            if ((t.EveryHours is not null && !byHours) || (t.EveryMonths is not null && !byMonths) || (!byHours && !byMonths))
            {
                throw Invalid(t.EveryHours is not null && !byHours ? $"{at}.everyHours" : $"{at}.everyMonths", Sentence.Of(
                    "refusal.maintenance.task-interval", $"R-PM-1: task '{id}' is due every so many hours (more than 0), every so many months (at least 1), or both.", id));
            }

            if (t.LeadDays < 0 || t.LeadHours is { } lead && !(double.IsFinite(lead) && lead >= 0))
            {
                throw Invalid(t.LeadDays < 0 ? $"{at}.leadDays" : $"{at}.leadHours", Sentence.Of(
                    "refusal.maintenance.task-lead", $"R-PM-1: the lead time of task '{id}' is not negative.", id));
            }

            list.Add(t with { Id = id, Name = name });
        }

        return list;
    }

    private static InvalidInputException Invalid(string field, Sentence reason) => new("R-PM-1", field, reason);

    /// <summary>A plan belongs to a product line: another key is no plan at all (404).</summary>
    private void RequireLine()
    {
        if (!Enum.TryParse<ProductLine>(Line, out var line) || line.ToString() != Line)
        {
            throw new NotFoundException("MaintenancePlan", Line);
        }
    }

    /// <summary>The line's machines plan again: the projector wakes each of them (key: the line's name).</summary>
    private IReadOnlyList<OutboxMessage> Outbox(MaintenancePlanState s) =>
        s.Version == 0 ? [] : [OutboxJson.Message(OutboxKinds.MaintenancePlan, Line, s.Version, ViewOf(s))];

    private MaintenancePlanView ViewOf(MaintenancePlanState s) => new(
        Line, [.. s.Tasks], s.Models.ToDictionary(m => m.Key, m => (IReadOnlyList<MaintenanceTask>)[.. m.Value]), s.Version);
}
