namespace AfterSales.Seeder;

/// <summary>
/// While the demo seed writes a historic year, a ticket's reminder would wake it at the system time and judge it,
/// mid-walk, against today. In seed mode reminders are therefore not delivered; the next start of the service wakes
/// every open ticket (TicketRecovery), which then marks what is overdue as of that day.
/// </summary>
public sealed class HistoricRemindersDeferred : IIncomingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context) =>
        context.InterfaceMethod?.DeclaringType == typeof(IRemindable) ? Task.CompletedTask : context.Invoke();
}
