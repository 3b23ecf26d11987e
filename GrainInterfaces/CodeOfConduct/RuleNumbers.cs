namespace AfterSales.GrainInterfaces.CodeOfConduct;

/// <summary>
/// The configurable numbers of the rules, as one version of the code of conduct sets them. They change only by an
/// approved change application (R-DOC-2..4) whose <c>what</c> names one of them.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.RuleNumbers")]
public sealed record RuleNumbers(
    [property: Id(0)] int MinYearsOfExperience,
    [property: Id(1)] double FirstResponseTargetHours,
    [property: Id(2)] double TimeToSiteTargetHours,
    [property: Id(3)] double TimeToSiteOutsideCityTargetHours,
    [property: Id(4)] int WarrantyMonths,
    [property: Id(5)] int OldPartReturnDays,
    [property: Id(6)] double SatisfactionTarget);
