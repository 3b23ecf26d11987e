namespace AfterSales.GrainInterfaces.Access;

/// <summary>What a caller may do with a machine (R-MCH, R-WTY-4); each name is the grain's method or the query's (see <see cref="AccessPolicy"/>).</summary>
public enum MachineOperation
{
    Register,
    Get,
    List,
    ReadHours,
    RecordHours,
    CorrectHours,
    ChangeOwner,
}

/// <summary>What a caller may do with maintenance plans (R-PM).</summary>
public enum MaintenanceOperation
{
    GetPlan,
    PutPlan,
}

/// <summary>What a caller may do with service campaigns (R-CMP).</summary>
public enum CampaignOperation
{
    Create,
    Get,
    List,
    ListMachines,
}
