namespace AfterSales.GrainInterfaces.CodeOfConduct;

public static class CodeVersions
{
    /// <summary>R-DOC-4: the version in force on a day: the newest whose implementation date has come.</summary>
    public static CodeVersion InForceOn(IEnumerable<CodeVersion> versions, DateOnly day) =>
        versions.Where(v => v.EffectiveFrom <= day).MaxBy(v => v.Number)
        ?? throw new InvalidOperationException($"No version of the code of conduct is in force on {day}.");
}
