using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.CodeOfConduct;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Common;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Grains.Engineers;

/// <summary>A service engineer: qualification (R-ENG-1), tools (R-ENG-2), evaluations (R-ENG-3/4), sanctions (R-ENG-5).</summary>
public sealed class EngineerGrain(
    [PersistentState("engineer")] IPersistentState<EngineerState> state,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock) : Grain, IEngineerGrain
{
    private CommandPipeline<EngineerState>? _pipeline;

    private EngineerState S => Pipeline.State;

    private CommandPipeline<EngineerState> Pipeline => _pipeline ??= CommandPipelines.For(this, state, DeactivateOnIdle, Access, Projections);

    private CommandAccess<EngineerState> Access => CommandAccess<EngineerState>.Of<EngineerOperation>((_, _) => new Owner(EngineerId: this.GetPrimaryKeyString()));

    // R-ENG-1: the years of experience required by the version of the code of conduct in force.
    private async Task<int> MinYears() =>
        (await GrainFactory.Get<ICodeOfConductGrain>(ICodeOfConductGrain.Ref).InForceAt(clock.GetUtcNow())).Numbers.MinYearsOfExperience;

    public Task<EngineerView> Register(Command<EngineerProfile> command) =>
        Execute(command, EngineerOperation.Register, () =>
        {
            if (S.Profile is not null)
            {
                throw new RuleViolationException(RuleIds.IdExists, Sentence.Of("refusal.engineer.exists", $"Engineer '{this.GetPrimaryKeyString()}' exists."));
            }

            S.Profile = Validated(command.Body);
        });

    public Task<EngineerView> UpdateProfile(Command<EngineerProfile> command) =>
        Execute(command, EngineerOperation.UpdateProfile, () =>
        {
            EnsureExists();
            S.Profile = Validated(command.Body);
        });

    public async Task<EngineerView> Get()
    {
        EnsureExists();
        return ToView(await MinYears());
    }

    public async Task<Fitness> AssessFitness(ProductLine productLine)
    {
        var p = EnsureExists();
        var reasons = Listed.Of(Qualification.ReasonsNotQualifiedFor(p, productLine, await MinYears()));
        return new Fitness(this.GetPrimaryKeyString(), productLine, reasons.English, Suspended, p.Tools, p.HomeCity, reasons.Phrases);
    }

    // R-ENG-3/4: the answer is the evaluation recorded; the engineer's record is for those who may read it (GET).
    public Task<Evaluation> RecordEvaluation(Command<NewEvaluation> command) =>
        Pipeline.Run(
            command.Request(EngineerOperation.RecordEvaluation),
            _ =>
            {
                EnsureExists();
                var e = command.Body;
                if (e.Score is < 1 or > 5)
                {
                    throw new InvalidInputException("R-ENG-3", "score", Sentence.Of("refusal.engineer.score", "R-ENG-3: a score is 1 to 5."));
                }

                // Who may record it depends on its source (R-ENG-3) or, for a quality visit, on who visited (R-ENG-4).
                AccessPolicy.RequireRole(command.By, e.Source);
                var evaluation = new Evaluation(e.Source, e.Score, e.Comment, command.By.UserId, command.By.Role, clock.GetUtcNow());
                S.Evaluations.Add(evaluation);
                return Task.FromResult(evaluation);
            },
            null,
            evaluation => evaluation);

    public Task<EngineerView> Sanction(Command<NewSanction> command) =>
        Execute(command, EngineerOperation.Sanction, () =>
        {
            EnsureExists();
            var reason = Text.Required(command.Body.Reason, "reason", "R-ENG-5");
            if (command.Body.Kind == SanctionKind.Suspension && Suspended)
            {
                throw new RuleViolationException("R-ENG-5", Sentence.Of("refusal.engineer.already-suspended", "R-ENG-5: the engineer is already suspended."));
            }

            S.Sanctions.Add(new Sanction(command.Body.Kind, reason, command.By.UserId, clock.GetUtcNow()));
        });

    public Task<EngineerView> LiftSuspension(Command<string> command) =>
        Execute(command, EngineerOperation.LiftSuspension, () =>
        {
            EnsureExists();
            var index = S.Sanctions.FindLastIndex(s => s.Kind == SanctionKind.Suspension && s.LiftedAt is null);
            if (index < 0)
            {
                throw new RuleViolationException("R-ENG-5", Sentence.Of("refusal.engineer.not-suspended", "R-ENG-5: the engineer is not suspended."));
            }

            S.Sanctions[index] = S.Sanctions[index] with { LiftedAt = clock.GetUtcNow(), LiftedBy = command.By.UserId };
        });

    public Task Project() => S.Profile is null ? Task.CompletedTask : Pipeline.Change(_ => { });

    private bool Suspended => S.Sanctions.Any(s => s.Kind == SanctionKind.Suspension && s.LiftedAt is null);


    private static EngineerProfile Validated(EngineerProfile p)
    {
        var name = Text.Required(p.Name, "name", "R-ENG-1");
        var city = Text.Required(p.HomeCity, "homeCity", "R-TKT-5");
        if (p.YearsOfExperience is < 0 or > 70)
        {
            throw new InvalidInputException("R-ENG-1", "yearsOfExperience", Sentence.Of("refusal.engineer.years-of-experience", "yearsOfExperience must be 0 to 70."));
        }

        var tools = p.Tools.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return p with { Name = name, HomeCity = city, Tools = tools, CertifiedProductLines = p.CertifiedProductLines.Distinct().ToList() };
    }

    private EngineerProfile EnsureExists() =>
        S.Profile ?? throw new NotFoundException("Engineer", this.GetPrimaryKeyString());

    private async Task<EngineerView> Execute<T>(Command<T> command, CommandOperation operation, Action rule)
    {
        var minYears = await MinYears();
        return await Pipeline.Run(
            command.Request(operation),
            _ =>
            {
                rule();
                return Task.FromResult(true);
            },
            null,
            // Every other command of an engineer is the staff's, who read the whole record (the access policy).
            _ => ToView(minYears));
    }

    /// <summary>
    /// R-SAT-1: the quality visits of company leaders and managers count toward customer satisfaction; every write
    /// tells the read models the engineer's visits as they are now.
    /// </summary>
    /// <remarks>Every write also tells the engineer list the engineer as it is now (docs/api.md "Lists").</remarks>
    private IReadOnlyList<OutboxMessage> Projections(EngineerState s)
    {
        var id = this.GetPrimaryKeyString();
        var visits = s.Evaluations
            .Select((e, i) => (e, i))
            .Where(x => x.e.Source == EvaluationSource.QualityVisit)
            .Select(x => new SatisfactionResponse($"{id}:visit:{x.i}", SatisfactionSource.QualityVisit, x.e.Score, x.e.At, EngineerId: id));
        s.OutboxVersion++;
        var directory = s.Profile is { } p
            ? new DirectoryProjection<EngineerSummary>(p.Name, [p.HomeCity], new EngineerSummary(
                id, p.Name, p.HomeCity, p.CertifiedProductLines, p.YearsOfExperience, p.TrainingPassed,
                s.Sanctions.Any(x => x.Kind == SanctionKind.Suspension && x.LiftedAt is null)))
            : DirectoryProjection<EngineerSummary>.Removed;
        return
        [
            OutboxJson.Message(OutboxKinds.Satisfaction, $"engineer:{id}", s.OutboxVersion, new SatisfactionProjection([.. visits])),
            OutboxJson.Message(OutboxKinds.Engineer, id, s.OutboxVersion, directory),
        ];
    }

    private EngineerView ToView(int minYears)
    {
        var p = S.Profile!;
        var reasons = Listed.Of(Qualification.ReasonsNotQualified(p, minYears));
        return new EngineerView(
            this.GetPrimaryKeyString(), p.Name, p.YearsOfExperience, p.TrainingPassed, p.CertifiedProductLines, p.Tools,
            p.HomeCity, reasons.English.Count == 0, reasons.English, Suspended, [.. S.Evaluations],
            S.Evaluations.Count == 0 ? null : Math.Round(S.Evaluations.Average(e => e.Score), 2),
            [.. S.Sanctions], [], reasons.Phrases);
    }
}
