namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>A password set through an invitation or reset link: the link's secret, the password twice.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.PasswordLink")]
public sealed record PasswordLink(
    [property: Id(0)] LinkPurpose Purpose,
    [property: Id(1)] string Secret,
    [property: Id(2)] string Password,
    [property: Id(3)] string ConfirmPassword,
    [property: Id(4)] string? From);
