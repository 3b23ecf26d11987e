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
    public async Task Raise(SlaAlert alert)
    {
        if (state.State.Alerts.ContainsKey(alert.Id))
        {
            return;
        }

        state.State.Alerts[alert.Id] = alert;
        await GrainWrites.WriteOrReload(state, DeactivateOnIdle);
    }

    public Task<IReadOnlyList<SlaAlert>> List(bool openOnly)
    {
        IReadOnlyList<SlaAlert> alerts = [.. state.State.Alerts.Values.Where(a => !openOnly || a.AcknowledgedAt is null)];
        return Task.FromResult(alerts);
    }

    public async Task<SlaAlert> Acknowledge(Command<string> command)
    {
        if (command.By.Role != Role.ServiceManager)
        {
            throw new ForbiddenException("R-TKT-5", "Alerts are acknowledged by the service manager.");
        }

        if (!state.State.Alerts.TryGetValue(command.Body, out var alert))
        {
            throw new NotFoundException("Alert", command.Body);
        }

        if (alert.AcknowledgedAt is not null)
        {
            return alert;
        }

        var acknowledged = alert with { AcknowledgedBy = command.By.UserId, AcknowledgedAt = clock.GetUtcNow() };
        state.State.Alerts[alert.Id] = acknowledged;
        await GrainWrites.WriteOrReload(state, DeactivateOnIdle);
        return acknowledged;
    }
}
