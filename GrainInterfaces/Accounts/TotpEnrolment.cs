namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>A TOTP secret to enter in an authenticator app: its base32 text and its <c>otpauth://</c> URI.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.TotpEnrolment")]
public sealed record TotpEnrolment([property: Id(0)] string Secret, [property: Id(1)] string Uri);
