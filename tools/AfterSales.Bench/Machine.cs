using System.Runtime.InteropServices;

namespace AfterSales.Bench;

/// <summary>The line that says where the figures were measured.</summary>
public static class Machine
{
    public static string Describe()
    {
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "?";
        return $"{Environment.ProcessorCount} cores ({cpu}), {long.Parse(memory) / 1024 / 1024} GiB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}";
    }
}
