using Spectre.Console;

namespace AfterSales.Seeder;

/// <summary>One Spectre.Console progress bar per phase of the seed.</summary>
public sealed class ConsoleSeedProgress(ProgressContext context) : ISeedProgress
{
    private readonly Dictionary<SeedPhase, ProgressTask> _tasks = [];

    public void Start(SeedPhase phase, int total)
    {
        var label = phase switch
        {
            SeedPhase.MasterData => "Stations, engineers, customers",
            SeedPhase.Accounts => "People's accounts",
            SeedPhase.Tickets => "Tickets, from intake to confirmation",
            SeedPhase.Satisfaction => "Surveys and quality visits",
            _ => "Writing every grain's state to storage",
        };
        lock (_tasks)
        {
            _tasks[phase] = context.AddTask(label, maxValue: Math.Max(total, 1));
        }
    }

    public void Advance(SeedPhase phase, int done = 1)
    {
        ProgressTask task;
        lock (_tasks)
        {
            task = _tasks[phase];
        }

        task.Increment(done);
    }
}
