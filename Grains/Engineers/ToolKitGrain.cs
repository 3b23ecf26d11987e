using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AfterSales.Grains.Engineers;

/// <summary>R-ENG-2: the configurable kit of service tools per product line.</summary>
public sealed class ToolKitGrain(
    [PersistentState("toolkit")] IPersistentState<ToolKitState> state,
    IOptions<CodeOfConductSettings> settings,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock) : Grain, IToolKitGrain
{
    private ProductLine Line => Enum.Parse<ProductLine>(this.GetPrimaryKeyString());

    public Task<ToolKitView> Get() => Task.FromResult(ToView());

    private CommandPipeline<ToolKitState>? _pipeline;

    private CommandPipeline<ToolKitState> Pipeline => _pipeline ??= CommandPipelines.For(this, state, DeactivateOnIdle, CommandAccess<ToolKitState>.ByRole<ToolKitOperation>());

    public Task<ToolKitView> Set(Command<IReadOnlyList<string>> command) =>
        Pipeline.Run(
            command.Request(ToolKitOperation.Set),
            draft =>
            {

                var tools = command.Body.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (tools.Count == 0)
                {
                    throw new InvalidInputException("R-ENG-2", "tools", Sentence.Of("refusal.engineer.tool-kit-empty", "R-ENG-2: a tool kit names at least one tool."));
                }

                draft.Tools = tools;
                draft.SetBy = command.By.UserId;
                draft.SetAt = clock.GetUtcNow();
                return Task.FromResult(true);
            },
            null,
            _ => ToView());

    private ToolKitView ToView()
    {
        var s = Pipeline.State;
        var tools = s.Tools ?? settings.Value.ToolKitFor(Line);
        return new ToolKitView(Line, [.. tools], s.SetBy, s.SetAt);
    }
}
