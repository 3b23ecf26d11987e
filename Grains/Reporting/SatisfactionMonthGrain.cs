using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.Grains.Common;
using Orleans.Concurrency;

namespace AfterSales.Grains.Reporting;

/// <summary>
/// The satisfaction responses of one month from ticket confirmations, service reports, surveys and quality visits
/// (R-SAT-1); the rate is satisfied (4-5) over all responses, against the target (R-SAT-2).
/// </summary>
[Reentrant]
public sealed class SatisfactionMonthGrain : Grain, ISatisfactionMonthGrain
{
    private readonly IPersistentState<SatisfactionMonthState> _state;
    private readonly BatchedWriter<SatisfactionMonthState> _writer;

    public SatisfactionMonthGrain([PersistentState("satisfaction")] IPersistentState<SatisfactionMonthState> state)
    {
        _state = state;
        _writer = new BatchedWriter<SatisfactionMonthState>(state, DeactivateOnIdle);
    }

    public Task Record(IReadOnlyList<SatisfactionResponse> responses)
    {
        if (responses.FirstOrDefault(r => r.Score is < 1 or > 5) is { } bad)
        {
            throw new InvalidInputException("R-SAT-2", "score", $"R-SAT-2: a response is scored 1 to 5, not {bad.Score}.");
        }

        var fresh = responses.Where(r => !_state.State.Responses.ContainsKey(r.Id)).ToList();
        if (fresh.Count == 0)
        {
            return _writer.Durable();
        }

        foreach (var r in fresh)
        {
            _state.State.Responses[r.Id] = r;
        }

        return _writer.WriteSoon();
    }

    public async Task<SatisfactionResponse> RecordSurvey(Command<NewSurveyResult> command)
    {
        Permissions.Require(command.By, "R-SAT-1", "Recording a survey result", Role.Marketing, Role.SalesDepartment);
        var s = command.Body;
        var customerId = Text.Required(s.CustomerId, "customerId", "R-SAT-1");
        var id = $"survey:{command.By.UserId}:{command.IdempotencyKey ?? Guid.NewGuid().ToString("N")}";
        if (_state.State.Responses.TryGetValue(id, out var first))
        {
            await _writer.Durable();
            return first;
        }

        var response = new SatisfactionResponse(id, SatisfactionSource.Survey, s.Score, s.At!.Value, customerId, s.EngineerId);
        await Record([response]);
        return response;
    }

    public Task<IReadOnlyList<SatisfactionRow>> Summarize(ReportFilter filter, SatisfactionGrouping grouping, double target)
    {
        var month = this.GetPrimaryKeyString();
        var responses = _state.State.Responses.Values.Where(r => filter.Matches(r.Region, r.StationId, r.EngineerId, r.ProductLine));
        IReadOnlyList<SatisfactionRow> rows = grouping switch
        {
            SatisfactionGrouping.Engineer => [.. responses.Where(r => r.EngineerId is not null).GroupBy(r => r.EngineerId).Select(g => Row(month, g, target, g.Key))],
            SatisfactionGrouping.Station => [.. responses.Where(r => r.StationId is not null).GroupBy(r => r.StationId).Select(g => Row(month, g, target, g.Key))],
            _ => [Row(month, responses, target, null)],
        };
        return Task.FromResult(rows);
    }

    // R-SAT-2: a period under target is flagged; a period without responses has no rate and is not flagged.
    private static SatisfactionRow Row(string period, IEnumerable<SatisfactionResponse> responses, double target, string? key)
    {
        var all = responses.ToList();
        var satisfied = all.Count(r => r.Satisfied);
        double? rate = all.Count == 0 ? null : Math.Round((double)satisfied / all.Count, 4);
        return new SatisfactionRow(period, all.Count, satisfied, rate, target, rate < target, key);
    }
}
