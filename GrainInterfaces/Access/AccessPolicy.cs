using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Tickets;
using static AfterSales.GrainInterfaces.Common.Role;

namespace AfterSales.GrainInterfaces.Access;

/// <summary>
/// Who may do what, in one place (docs/api.md "Roles" and the roles of each section's table): every operation, the
/// roles that may run it and how far each reaches. Grains ask it before anything else of a command (idempotent replays
/// included); the HTTP layer asks the role part before it reads a body, and reads ask it before they load data.
/// </summary>
public static class AccessPolicy
{
    /// <summary>Not the company's staff: customers, dealers' stations and operations read only what is given them.</summary>
    public static readonly IReadOnlySet<Role> NotStaff = new HashSet<Role> { Customer, ServiceStation, Operations };

    public static readonly IReadOnlyList<Role> Staff = Enum.GetValues<Role>().Where(r => !NotStaff.Contains(r)).ToArray();

    private static readonly Role[] Departments =
        [ServiceAssistant, PartsSalesman, TechnicalDepartment, QualityDepartment, SalesDepartment, Marketing, Purchasing, Warehouse, CompanyLeader];

    private static readonly Dictionary<Enum, Grant> Table = new()
    {
        // Tickets: the service manager may call every command; an engineer only on tickets assigned to them.
        [TicketOperation.Open] = Command("R-TKT-1", [ServiceAssistant, ServiceStation, ServiceEngineer], own: [Customer]),
        [TicketOperation.Get] = StaffRead(own: [Customer, ServiceStation]),
        [TicketOperation.List] = StaffRead(own: [Customer, ServiceStation]),
        [TicketOperation.Classify] = Command("R-TKT-2", [ServiceAssistant]),
        [TicketOperation.Assign] = Command("R-ENG-1", [ServiceAssistant]),
        [TicketOperation.RecordContact] = Command("R-TKT-3", [], own: [ServiceEngineer]),
        [TicketOperation.RecordPhoneAttempt] = Command("R-TKT-4", [], own: [ServiceEngineer]),
        [TicketOperation.Dispatch] = Command("R-TKT-5", []),
        [TicketOperation.RecordArrival] = Command("R-TKT-5", [], own: [ServiceEngineer]),
        [TicketOperation.RecordSiteFindings] = Command("R-TKT-6", [], own: [ServiceEngineer]),
        // Evidence: the desk files scans, the engineer takes photos and the signature, a customer or station adds its own.
        [TicketOperation.Attach] = Command("R-TKT-6", [ServiceAssistant], own: [ServiceEngineer, Customer, ServiceStation]),
        [TicketOperation.Resolve] = Command("R-TKT-6", [], own: [ServiceEngineer]),
        [TicketOperation.Escalate] = Command("R-TKT-7", [], own: [ServiceEngineer]),
        [TicketOperation.AnswerEscalation] = Command("R-TKT-7", [TechnicalDepartment]),
        [TicketOperation.SubmitReport] = Command("R-TKT-8", [], own: [ServiceEngineer]),
        [TicketOperation.SignReport] = Command("R-TKT-9", [], own: [ServiceEngineer, Customer]),
        [TicketOperation.ReviewReport] = Command("R-TKT-10", []),
        [TicketOperation.FileReport] = Command("R-TKT-10", [ServiceAssistant]),
        [TicketOperation.ReplyToCustomer] = Command("R-TKT-11", [ServiceAssistant]),
        [TicketOperation.Confirm] = Command("R-TKT-11", [ServiceAssistant], own: [Customer]),
        [TicketOperation.RequestWarrantyParts] = Command("R-WTY-1", [ServiceAssistant], own: [ServiceEngineer]),
        [TicketOperation.DecideWarrantyParts] = Command("R-WTY-2", []),
        [TicketOperation.ApplyForWarrantyParts] = Command("R-WTY-2", [ServiceAssistant]),
        [TicketOperation.ReturnOldPart] = Command("R-WTY-3", [Warehouse]),
        [TicketOperation.DispositionOldPart] = Command("R-WTY-3", [QualityDepartment, Purchasing]),
        // QC checks are the quality department's, warranty claims with suppliers purchasing's (asked with the kind).
        [DispositionKind.QcCheck] = Command("R-WTY-3", [QualityDepartment]),
        [DispositionKind.WarrantyClaim] = Command("R-WTY-3", [Purchasing]),
        [TicketOperation.StartCustomerWait] = Command("R-TKT-5", [ServiceAssistant], own: [ServiceEngineer]),
        [TicketOperation.EndCustomerWait] = Command("R-TKT-5", [ServiceAssistant], own: [ServiceEngineer]),
        [TicketOperation.AcknowledgeAlert] = Command("R-TKT-5", []),
        [TicketOperation.ListAlerts] = Command("R-TKT-5", [ServiceAssistant]),

        // Master data: written by the service manager (customers also by the assistant, sanctions by company leaders,
        // evaluations by the role of their source), read by the staff; a customer reads only itself.
        [CustomerOperation.Register] = Command("R-TKT-1", [ServiceAssistant]),
        [CustomerOperation.AddMachine] = Command("R-TKT-1", [ServiceAssistant]),
        [CustomerOperation.Get] = StaffRead(own: [Customer]),
        [CustomerOperation.List] = StaffRead(own: [Customer]),
        [EngineerOperation.Register] = Command("R-ENG-3", []),
        [EngineerOperation.UpdateProfile] = Command("R-ENG-3", []),
        [EngineerOperation.Get] = StaffRead(),
        [EngineerOperation.List] = StaffRead(),
        [EngineerOperation.RecordEvaluation] = Command("R-ENG-3", [Customer, ServiceStation, .. Departments]),
        [EngineerOperation.Sanction] = Exactly("R-ENG-5", CompanyLeader),
        // Who may record an evaluation depends on its source (R-ENG-3), a quality visit on who visited (R-ENG-4): the
        // grain asks the source's grant after the operation's.
        [EvaluationSource.Customer] = Command("R-ENG-3", [Customer]),
        [EvaluationSource.Dealer] = Command("R-ENG-3", [ServiceStation]),
        [EvaluationSource.Department] = Command("R-ENG-3", Departments),
        [EvaluationSource.QualityVisit] = Command("R-ENG-4", [SalesDepartment, Marketing, CompanyLeader]),
        [EngineerOperation.LiftSuspension] = Exactly("R-ENG-5", CompanyLeader),
        [ToolKitOperation.Get] = StaffRead(),
        [ToolKitOperation.Set] = Command("R-ENG-2", []),
        [StationOperation.Register] = Command("R-STN-1", []),
        [StationOperation.Get] = StaffRead(own: [ServiceStation]),
        [StationOperation.List] = StaffRead(own: [ServiceStation]),

        // Machines (R-MCH): registered by the desk, read by the staff, a customer its own, a station those of its area; hours
        // read by an engineer on a ticket of the machine assigned to them, the owner, the desk; corrected and moved to
        // another owner by the service manager only.
        [MachineOperation.Register] = Command("R-MCH-1", [ServiceAssistant]),
        [MachineOperation.Get] = StaffRead(own: [Customer, ServiceStation]),
        [MachineOperation.List] = StaffRead(own: [Customer, ServiceStation]),
        [MachineOperation.ReadHours] = StaffRead(own: [Customer, ServiceStation]),
        [MachineOperation.RecordHours] = Command("R-MCH-2", [ServiceAssistant], own: [Customer, ServiceEngineer]),
        [MachineOperation.CorrectHours] = Command("R-MCH-2", []),
        [MachineOperation.ChangeOwner] = Command("R-MCH-1", []),
        // Plans are the technical department's and the service manager's (R-PM-1), as are campaigns (R-CMP-1); a
        // station reads its own machines' part of a campaign.
        [MaintenanceOperation.GetPlan] = StaffRead(),
        [MaintenanceOperation.PutPlan] = Command("R-PM-1", [TechnicalDepartment]),
        [CampaignOperation.Create] = Command("R-CMP-1", [TechnicalDepartment]),
        [CampaignOperation.Get] = StaffRead(own: [ServiceStation]),
        [CampaignOperation.List] = StaffRead(own: [ServiceStation]),
        [CampaignOperation.ListMachines] = StaffRead(own: [ServiceStation]),

        // Sites: registered by the assistant or sales, machines installed by the installation team or sales.
        [SiteOperation.Register] = Command("API-ROLE", [ServiceAssistant, SalesDepartment]),
        [SiteOperation.Get] = StaffRead(own: [Customer]),
        [SiteOperation.List] = StaffRead(own: [Customer]),
        [SiteOperation.Install] = Command("API-ROLE", [InstallationTeam, SalesDepartment]),
        [SiteOperation.ReportProblem] = Command("R-INS-2", [InstallationTeam, FieldDirector]),
        [SiteOperation.AnswerProblem] = Command("R-INS-2", [TechnicalDepartment]),
        [SiteOperation.RecordAcceptance] = Command("R-INS-3", [InstallationTeam, FieldDirector]),
        [SiteOperation.Commission] = Command("R-INS-1", [SalesDepartment, InstallationTeam, FieldDirector]),
        // A truck mixer is commissioned by sales (R-INS-1), a plant by the team that installed it (R-INS-4).
        [Commissioning.TruckMixer] = Command("R-INS-1", [SalesDepartment]),
        [Commissioning.Plant] = Command("R-INS-4", [InstallationTeam, FieldDirector]),
        // The commissioning report's scan: uploaded by whoever commissions, or the desk.
        [SiteOperation.Attach] = Command("R-INS-4", [SalesDepartment, InstallationTeam, FieldDirector, ServiceAssistant]),
        [SiteOperation.RecordTraining] = Command("R-TRN-2", [ServiceEngineer]),

        // The code of conduct is the company's: its staff read it and file changes; a leader decides (R-DOC-2/3).
        [CodeOfConductOperation.Get] = StaffRead(),
        [CodeOfConductOperation.FileChange] = Command("R-DOC-2", Staff),
        [CodeOfConductOperation.Decide] = Command("R-DOC-3", [CompanyLeader]),

        // Reports: the staff read every figure, a station its own; the dashboard is for quality and management.
        [ReportOperation.ResponseTimes] = StaffRead(own: [ServiceStation]),
        [ReportOperation.Satisfaction] = StaffRead(own: [ServiceStation]),
        [ReportOperation.OverdueOldParts] = StaffRead(),
        [ReportOperation.Dashboard] = Exactly("API-ROLE", QualityDepartment, CompanyLeader, ServiceManager, Marketing, SalesDepartment, Operations),
        [SurveyOperation.Record] = Command("R-SAT-1", [Marketing, SalesDepartment]),

        // Operations run the cluster and watch the Orleans dashboard; the service manager looks over their shoulder.
        [ClusterOperation.Dashboard] = Exactly("API-ROLE", Operations, ServiceManager),

        // Other systems subscribe to the events, set up by operations or the service manager (docs/api.md "Notifications and webhooks").
        [NotificationOperation.Subscribe] = Exactly("API-ROLE", Operations, ServiceManager),
        [NotificationOperation.ListSubscriptions] = Exactly("API-ROLE", Operations, ServiceManager),
        [NotificationOperation.ListDeliveries] = Exactly("API-ROLE", Operations, ServiceManager),

        // People's accounts: the service manager manages every one, the desk those of customers' people (asked with
        // the account's kind); the history of sign-ins is read by the service manager and operations. Client apps'
        // machine accounts are the service manager's.
        [AccountOperation.Create] = Command("API-ROLE", [ServiceAssistant]),
        [AccountOperation.Get] = Command("API-ROLE", [ServiceAssistant]),
        [AccountOperation.List] = Command("API-ROLE", [ServiceAssistant]),
        [AccountOperation.Disable] = Command("API-ROLE", [ServiceAssistant]),
        [AccountOperation.Enable] = Command("API-ROLE", [ServiceAssistant]),
        [AccountKind.Customer] = Command("API-ROLE", [ServiceAssistant]),
        [AccountKind.Other] = Command("API-ROLE", []),
        [AccountOperation.ReadHistory] = Exactly("API-ROLE", ServiceManager, Operations),
        [AccountOperation.CreateClient] = Exactly("API-ROLE", ServiceManager),
    };

    public static Grant Of(Enum operation) =>
        Table.TryGetValue(operation, out var grant)
            ? grant
            : throw new InvalidOperationException($"The access policy has no entry for {operation.GetType().Name}.{operation}.");

    /// <summary>How far the caller's role reaches for the operation; null when the role may not run it at all.</summary>
    public static Reach? ReachOf(Actor by, Enum operation) => Of(operation).ReachOf(by.Role);

    /// <summary>The role part, asked before any data is read: refused (403) when the role may not run it at all.</summary>
    public static Reach RequireRole(Actor by, Enum operation)
    {
        var grant = Of(operation);
        return grant.ReachOf(by.Role)
            ?? throw new ForbiddenException(grant.RuleId, Sentence.Of(
                "refusal.access.role-may-not",
                $"{by.Role} may not {Describe(operation)}; {Allowed(grant)} may.",
                Phrase.EnumArg(by.Role), Phrase.EnumArg(operation), Alternatives.Of(grant.Roles.Keys).Arg));
    }

    /// <summary>The whole question: the role and, where the grant reaches only the caller's own, its relation to the object.</summary>
    public static void Require(Actor by, Enum operation, Owner owner) => Require(by, operation, () => owner);

    /// <inheritdoc cref="Require(Actor, Enum, Owner)"/>
    /// <param name="ownerOf">Asked only when the grant reaches the caller's own (it may throw: an unknown object is 404).</param>
    public static void Require(Actor by, Enum operation, Func<Owner> ownerOf)
    {
        if (RequireRole(by, operation) == Reach.Own && !Owns(by, ownerOf()))
        {
            throw new ForbiddenException(Of(operation).RuleId, Sentence.Of(
                "refusal.access.only-own",
                $"{by.Role} {by.UserId} may {Describe(operation)} only on its own.",
                Phrase.EnumArg(by.Role), by.UserId, Phrase.EnumArg(operation)));
        }
    }

    /// <summary>
    /// Who reads a ticket's internal notes (its history of the company's steps, the manager's review comments): the
    /// company's staff, its stations and operations; never a customer, who reads its ticket's progress and what it was told.
    /// </summary>
    public static bool ReadsInternalNotes(Actor by) => by.Role != Customer;

    public static bool Allows(Actor by, Enum operation, Owner owner) =>
        ReachOf(by, operation) switch
        {
            Reach.Any => true,
            Reach.Own => Owns(by, owner),
            _ => false,
        };

    /// <summary>A customer owns its customer's objects, a station what is routed to it, an engineer what is assigned to them.</summary>
    public static bool Owns(Actor by, Owner owner) => by.Role switch
    {
        Customer => by.CustomerId is not null && by.CustomerId == owner.CustomerId,
        ServiceStation => by.StationId is not null && by.StationId == owner.StationId,
        ServiceEngineer => owner.EngineerId is not null && by.UserId == owner.EngineerId,
        _ => false,
    };

    private static string Describe(Enum operation) => $"{operation.GetType().Name.Replace("Operation", "")}.{operation}";

    private static string Allowed(Grant grant) =>
        string.Join(", ", grant.Roles.Select(r => r.Value == Reach.Own ? $"{r.Key} (own)" : r.Key.ToString()));

    /// <summary>A command: the named roles and the service manager on any object, the <paramref name="own"/> roles on their own.</summary>
    private static Grant Command(string ruleId, IEnumerable<Role> any, Role[]? own = null)
    {
        var roles = any.Append(ServiceManager).Distinct().ToDictionary(r => r, _ => Reach.Any);
        foreach (var role in own ?? [])
        {
            roles[role] = Reach.Own;
        }

        return new Grant(ruleId, roles);
    }

    private static Grant Exactly(string ruleId, params Role[] roles) => new(ruleId, roles.ToDictionary(r => r, _ => Reach.Any));

    /// <summary>A read: every staff role on any object, the <paramref name="own"/> roles on their own.</summary>
    private static Grant StaffRead(Role[]? own = null) => Command("API-OWN", Staff, own);
}
