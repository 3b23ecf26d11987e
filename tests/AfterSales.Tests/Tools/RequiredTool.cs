namespace AfterSales.Tests.Tools;

/// <summary>
/// A program a slow test needs beyond the .NET SDK (tests/run.sh installs them on Debian): a test that finds it missing
/// fails naming the program and its package, not with whatever the start of a missing file throws.
/// </summary>
public static class RequiredTool
{
    public static string Path(string path, string package) =>
        File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: this test needs Debian's {package} (tests/run.sh installs it).");

    /// <summary>A program found on the PATH, e.g. pdftotext.</summary>
    public static string OnPath(string program, string package) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator)
            .Select(d => System.IO.Path.Combine(d, program)).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"{program} is missing: this test needs Debian's {package} (tests/run.sh installs it).");
}
