namespace AfterSales.Grains.CodeOfConduct;

/// <summary>
/// The key of the <see cref="TimeProvider"/> the rules read time from. It is kept apart from the one Orleans uses
/// for its own timers, so that tests can move the rules' clock by months without the cluster's timeouts noticing.
/// </summary>
public static class RulesClock
{
    public const string Key = "code-of-conduct";
}
