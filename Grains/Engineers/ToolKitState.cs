namespace AfterSales.Grains.Engineers;

[GenerateSerializer, Alias("AfterSales.ToolKitState")]
public sealed class ToolKitState
{
    /// <summary>Null until a service manager sets the kit; the configured default applies until then.</summary>
    [Id(0)] public List<string>? Tools { get; set; }

    [Id(1)] public string? SetBy { get; set; }

    [Id(2)] public DateTimeOffset? SetAt { get; set; }
}
