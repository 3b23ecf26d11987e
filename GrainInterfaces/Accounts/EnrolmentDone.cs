namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>The second factor is on: the recovery codes (shown once) and the session that may now begin.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.EnrolmentDone")]
public sealed record EnrolmentDone([property: Id(0)] IReadOnlyList<string> RecoveryCodes, [property: Id(1)] SessionIdentity Identity);
