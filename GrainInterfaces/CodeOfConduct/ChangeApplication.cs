using System.ComponentModel.DataAnnotations;
using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.CodeOfConduct;

/// <summary>
/// The change application form of the code (R-DOC-2): the version it applies to, the applicant, what to change
/// with its original and revised text, and the reasons. The date is the filing time.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.ChangeApplication")]
public sealed record ChangeApplication(
    [property: Id(0), Range(1, 100000)] int AppliesToVersion,
    [property: Id(1), ShortText] string Applicant,
    [property: Id(2), LongText] string What,
    [property: Id(3), LongText] string Original,
    [property: Id(4), LongText] string Revised,
    [property: Id(5), LongText] string Reasons);
