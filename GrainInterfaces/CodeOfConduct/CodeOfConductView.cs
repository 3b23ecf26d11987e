namespace AfterSales.GrainInterfaces.CodeOfConduct;

[GenerateSerializer, Immutable, Alias("AfterSales.CodeOfConductView")]
public sealed record CodeOfConductView(
    [property: Id(0)] string Ref,
    [property: Id(1)] CodeVersion InForce,
    [property: Id(2)] IReadOnlyList<CodeVersion> Versions,
    [property: Id(3)] IReadOnlyList<ChangeRecord> Changes);
