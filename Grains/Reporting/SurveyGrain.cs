using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Common;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Grains.Reporting;

/// <summary>A sales or marketing survey result (R-SAT-1), counted in the satisfaction of the month it was taken in.</summary>
public sealed class SurveyGrain(
    [PersistentState("survey")] IPersistentState<SurveyState> state,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock) : Grain, ISurveyGrain
{
    private CommandPipeline<SurveyState>? _pipeline;

    private CommandPipeline<SurveyState> Pipeline => _pipeline ??= CommandPipelines.For(this, state, DeactivateOnIdle, CommandAccess<SurveyState>.ByRole<SurveyOperation>(), Projection);

    public Task<SatisfactionResponse> Record(Command<NewSurveyResult> command) =>
        Pipeline.Run(
            command.Request(SurveyOperation.Record),
            async draft =>
            {
                if (draft.Response is not null)
                {
                    throw new RuleViolationException(RuleIds.IdExists, Sentence.Of("refusal.survey.exists", $"Survey '{this.GetPrimaryKeyString()}' is recorded."));
                }

                var s = command.Body;
                var customerId = Text.Required(s.CustomerId, "customerId", "R-SAT-1");
                // R-SAT-2: responses are on the 1-5 scale.
                if (s.Score is < 1 or > 5)
                {
                    throw new InvalidInputException("R-SAT-2", "score", Sentence.Of("refusal.survey.score", $"R-SAT-2: a response is scored 1 to 5, not {s.Score}."));
                }

                if (!await GrainFactory.Get<ICustomerGrain>(customerId).Exists())
                {
                    throw new InvalidInputException("R-SAT-1", "customerId", Sentence.Of("refusal.survey.customer-unknown", $"R-SAT-1: customer '{customerId}' is unknown."));
                }

                // Taken now unless the form says when (a retry of the same form is the same request).
                var at = s.At ?? clock.GetUtcNow();
                draft.Response = new SatisfactionResponse(this.GetPrimaryKeyString(), SatisfactionSource.Survey, s.Score, at, customerId, s.EngineerId);
                draft.Comment = s.Comment;
                draft.RecordedBy = command.By.UserId;
                return draft.Response;
            },
            null,
            response => response);

    public Task Import(SatisfactionResponse response) => state.State.Response is not null ? Task.CompletedTask : Pipeline.Change(draft =>
    {
        draft.Response = response with { Id = this.GetPrimaryKeyString() };
        draft.RecordedBy = "migration";
    });

    private IReadOnlyList<OutboxMessage> Projection(SurveyState s)
    {
        s.OutboxVersion++;
        return [OutboxJson.Message(OutboxKinds.Satisfaction, this.GetPrimaryKeyString(), s.OutboxVersion, new SatisfactionProjection(s.Response is { } r ? [r] : []))];
    }
}
