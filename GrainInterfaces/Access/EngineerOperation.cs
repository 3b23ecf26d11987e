namespace AfterSales.GrainInterfaces.Access;

/// <summary>What a caller may do with an engineer (R-ENG); each name is the grain's method or the query's (see <see cref="AccessPolicy"/>).</summary>
public enum EngineerOperation
{
    Register,
    UpdateProfile,
    Get,
    RecordEvaluation,
    Sanction,
    LiftSuspension,
    List,
}
