using AfterSales.Seeder;

namespace AfterSales.Tests.Demo;

/// <summary>Counts what the seeder reports, so a test can check the progress bar would fill.</summary>
public sealed class CountingProgress : ISeedProgress
{
    private readonly Dictionary<SeedPhase, (int Total, int Done)> _phases = [];

    public IReadOnlyDictionary<SeedPhase, (int Total, int Done)> Phases => _phases;

    public void Start(SeedPhase phase, int total)
    {
        lock (_phases)
        {
            _phases[phase] = (total, 0);
        }
    }

    public void Advance(SeedPhase phase, int done = 1)
    {
        lock (_phases)
        {
            _phases[phase] = _phases[phase] with { Done = _phases[phase].Done + done };
        }
    }
}
