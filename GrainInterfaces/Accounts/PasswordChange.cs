namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>A signed-in person's change: the current password, the new one twice (empty where only the current is asked).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.PasswordChange")]
public sealed record PasswordChange(
    [property: Id(0)] string CurrentPassword,
    [property: Id(1)] string NewPassword,
    [property: Id(2)] string ConfirmPassword,
    [property: Id(3)] int Stamp,
    [property: Id(4)] string? From);
