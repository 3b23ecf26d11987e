namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>The answer of a sign-in step; <see cref="Stamp"/> names the account's current session stamp for the next step.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.SignInAnswer")]
public sealed record SignInAnswer(
    [property: Id(0)] SignInOutcome Outcome,
    [property: Id(1)] SessionIdentity? Identity = null,
    [property: Id(2)] int Stamp = 0)
{
    public static readonly SignInAnswer Refused = new(SignInOutcome.Refused);
}
