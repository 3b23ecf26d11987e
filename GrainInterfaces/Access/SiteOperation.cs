namespace AfterSales.GrainInterfaces.Access;

/// <summary>What a caller may do with an installation site (R-INS, R-TRN); each name is the grain's method or the query's (see <see cref="AccessPolicy"/>).</summary>
public enum SiteOperation
{
    Register,
    Get,
    List,
    Install,
    ReportProblem,
    AnswerProblem,
    RecordAcceptance,
    Commission,
    Attach,
    RecordTraining,
}
