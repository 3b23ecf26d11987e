using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Common;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Grains.Tickets;

/// <summary>One partition of the service manager's SLA alerts; a ticket's alert is raised once, whatever the retries.</summary>
public sealed class AlertInboxGrain(
    [PersistentState("alertinbox")] IPersistentState<AlertInboxState> state,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock) : Grain, IAlertInboxGrain
{
    private CommandPipeline<AlertInboxState>? _pipeline;

    private CommandPipeline<AlertInboxState> Pipeline => _pipeline ??= CommandPipelines.For(this, state, DeactivateOnIdle);

    public async Task Raise(SlaAlert alert)
    {
        if (state.State.Alerts.ContainsKey(alert.Id))
        {
            return;
        }

        await Pipeline.Change(draft => draft.Alerts[alert.Id] = alert);
    }

    public Task<IReadOnlyList<SlaAlert>> List(bool openOnly)
    {
        IReadOnlyList<SlaAlert> alerts = [.. state.State.Alerts.Values.Where(a => !openOnly || a.AcknowledgedAt is null)];
        return Task.FromResult(alerts);
    }

    public Task<SlaAlert> Acknowledge(Command<string> command) =>
        Pipeline.Run(
            command.Request(nameof(Acknowledge)),
            draft =>
            {
                if (command.By.Role != Role.ServiceManager)
                {
                    throw new ForbiddenException("R-TKT-5", "Alerts are acknowledged by the service manager.");
                }

                if (!draft.Alerts.TryGetValue(command.Body, out var alert))
                {
                    throw new NotFoundException("Alert", command.Body);
                }

                return Task.FromResult(draft.Alerts[alert.Id] = alert.AcknowledgedAt is not null
                    ? alert
                    : alert with { AcknowledgedBy = command.By.UserId, AcknowledgedAt = clock.GetUtcNow() });
            },
            null,
            alert => alert);
}
