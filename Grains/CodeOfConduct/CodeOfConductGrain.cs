using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.CodeOfConduct;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Grains.Common;
using AfterSales.Grains.Sla;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AfterSales.Grains.CodeOfConduct;

/// <summary>
/// The code of conduct (R-DOC-1..4): numbered versions, one in force; change applications filed by anyone,
/// approved or rejected by a department or company leader; an approved change becomes a new version on its
/// implementation date, and until then the version in force prevails. Version 1 takes its numbers from the
/// configuration once, at the first start; after that they change only by an approved application.
/// </summary>
public sealed class CodeOfConductGrain(
    [PersistentState("codeofconduct")] IPersistentState<CodeOfConductState> state,
    IOptions<CodeOfConductSettings> settings,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock,
    BusinessCalendar calendar) : Grain, ICodeOfConductGrain
{
    private CommandPipeline<CodeOfConductState>? _pipeline;

    private CodeOfConductState S => Pipeline.State;

    private CommandPipeline<CodeOfConductState> Pipeline => _pipeline ??= CommandPipelines.For(this, state, DeactivateOnIdle, CommandAccess<CodeOfConductState>.ByRole<CodeOfConductOperation>());

    private CodeVersion Latest => S.Versions[^1];

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Versions.Count == 0)
        {
            await Pipeline.Change(draft => draft.Versions.Add(new CodeVersion(1, DateOnly.MinValue, settings.Value.Numbers(), [], null)));
        }
    }

    public Task<CodeOfConductView> Get() =>
        Task.FromResult(new CodeOfConductView(this.GetPrimaryKeyString(), InForce(clock.GetUtcNow()), [.. S.Versions], [.. S.Changes]));

    public Task<CodeVersion> InForceAt(DateTimeOffset at) => Task.FromResult(InForce(at));

    public Task<IReadOnlyList<CodeVersion>> Versions() => Task.FromResult<IReadOnlyList<CodeVersion>>([.. S.Versions]);

    // R-DOC-2: any department or person may file a change application.
    public Task<ChangeRecord> FileChange(Command<ChangeApplication> command) =>
        Execute(command, CodeOfConductOperation.FileChange, now =>
        {
            var a = command.Body;
            var application = a with
            {
                Applicant = Text.Required(a.Applicant, "applicant", "R-DOC-2"),
                What = Text.Required(a.What, "what", "R-DOC-2"),
                Original = Text.Required(a.Original, "original", "R-DOC-2"),
                Revised = Text.Required(a.Revised, "revised", "R-DOC-2"),
                Reasons = Text.Required(a.Reasons, "reasons", "R-DOC-2"),
            };
            RequireLatest(application, "R-DOC-2");
            if (RuleNumberChange.IsRuleNumber(application.What))
            {
                RuleNumberChange.Apply(Latest.Numbers, application);
            }

            var record = new ChangeRecord(
                $"CA-{S.Changes.Count + 1:000}", application, command.By.UserId, command.By.Role, now, ChangeState.Pending);
            S.Changes.Add(record);
            return record;
        });

    // R-DOC-3: a department or company leader approves (signature, date, implementation date) or rejects (signature, date, reasons).
    public Task<ChangeRecord> Decide(Command<DecideChange> command) =>
        Execute(command, CodeOfConductOperation.Decide, now =>
        {
            var index = S.Changes.FindIndex(c => c.Id == command.Body.ChangeId);
            var change = index < 0 ? throw new NotFoundException("Change application", command.Body.ChangeId) : S.Changes[index];
            if (change.State != ChangeState.Pending)
            {
                throw new RuleViolationException("R-DOC-3", Sentence.Of("refusal.code.change-already", $"R-DOC-3: change {change.Id} is already {change.State}."));
            }

            var d = command.Body.Decision;
            var signedBy = Text.Required(d.SignedBy, "signedBy", "R-DOC-3");
            if (!d.Approved)
            {
                var reasons = Text.Required(d.Reasons, "reasons", "R-DOC-3");
                return S.Changes[index] = change with
                {
                    State = ChangeState.Rejected, SignedBy = signedBy, DecidedBy = command.By.UserId, DecidedAt = now, RejectionReasons = reasons,
                };
            }

            var from = d.ImplementationDate
                ?? throw new InvalidInputException("R-DOC-3", "implementationDate", Sentence.Of("refusal.code.implementation-date-required", "R-DOC-3: an approval names its implementation date."));
            if (from < calendar.LocalDate(now) || from < Latest.EffectiveFrom)
            {
                throw new InvalidInputException(
                    "R-DOC-4", "implementationDate", Sentence.Of("refusal.code.implementation-date-too-early", $"R-DOC-4: a version takes force from today or later, and not before version {Latest.Number} ({Latest.EffectiveFrom:yyyy-MM-dd})."));
            }

            RequireLatest(change.Application, "R-DOC-3");
            var a = change.Application;
            var version = RuleNumberChange.IsRuleNumber(a.What)
                ? Latest with { Numbers = RuleNumberChange.Apply(Latest.Numbers, a) }
                : Latest with { Amendments = [.. Latest.Amendments, new TextAmendment(change.Id, a.What, a.Original, a.Revised)] };
            S.Versions.Add(version with { Number = Latest.Number + 1, EffectiveFrom = from, FromChangeId = change.Id });
            return S.Changes[index] = change with
            {
                State = ChangeState.Approved, SignedBy = signedBy, DecidedBy = command.By.UserId, DecidedAt = now,
                ImplementationDate = from, ResultingVersion = Latest.Number,
            };
        });

    // R-DOC-4: the version in force is the newest whose implementation date has come.
    private CodeVersion InForce(DateTimeOffset at) => CodeVersions.InForceOn(S.Versions, calendar.LocalDate(at));

    private void RequireLatest(ChangeApplication a, string ruleId)
    {
        if (a.AppliesToVersion != Latest.Number)
        {
            throw new RuleViolationException(
                ruleId, Sentence.Of("refusal.code.not-the-latest-version", $"{ruleId}: the application is for version {a.AppliesToVersion}; the latest version is {Latest.Number}."));
        }
    }

    private Task<ChangeRecord> Execute<T>(Command<T> command, CommandOperation operation, Func<DateTimeOffset, ChangeRecord> rule)
    {
        var now = clock.GetUtcNow();
        return Pipeline.Run(command.Request(operation), _ => Task.FromResult(rule(now)), null, change => change);
    }
}
