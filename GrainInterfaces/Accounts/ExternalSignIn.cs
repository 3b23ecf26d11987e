using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>
/// A person the company's identity provider signed in: its subject, and the role its configured claim names when the
/// role is taken from the provider (else the account's holds).
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.ExternalSignIn")]
public sealed record ExternalSignIn([property: Id(0)] string Subject, [property: Id(1)] Role? Role, [property: Id(2)] string? From);
