using AfterSales.GrainInterfaces.CodeOfConduct;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.CodeOfConduct;

[GenerateSerializer, Alias("AfterSales.CodeOfConductState")]
public sealed class CodeOfConductState
{
    [Id(0)] public List<CodeVersion> Versions { get; set; } = [];

    [Id(1)] public List<ChangeRecord> Changes { get; set; } = [];

}
