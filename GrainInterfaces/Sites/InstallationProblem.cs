namespace AfterSales.GrainInterfaces.Sites;

/// <summary>A plant installation problem that needs technical support, and its answer (R-INS-2).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.InstallationProblem")]
public sealed record InstallationProblem(
    [property: Id(0)] int Number,
    [property: Id(1)] string Description,
    [property: Id(2)] string ReportedBy,
    [property: Id(3)] DateTimeOffset ReportedAt,
    [property: Id(4)] string? Answer = null,
    [property: Id(5)] string? AnsweredBy = null,
    [property: Id(6)] DateTimeOffset? AnsweredAt = null)
{
    public bool Answered => Answer is not null;
}
