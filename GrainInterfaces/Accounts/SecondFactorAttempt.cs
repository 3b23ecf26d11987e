namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>A TOTP code (or a recovery code) for the sign-in whose password step answered <see cref="Stamp"/>.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.SecondFactorAttempt")]
public sealed record SecondFactorAttempt([property: Id(0)] string Code, [property: Id(1)] int Stamp, [property: Id(2)] string? From);
