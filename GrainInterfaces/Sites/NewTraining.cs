using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Sites;

/// <summary>A customer training as held: where, by whom, on which machines, with plan, materials and attendees (R-TRN-1/2).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.NewTraining")]
public sealed record NewTraining(
    [property: Id(0)] TrainingPlace Place,
    [property: Id(1), Identifier] string EngineerId,
    [property: Id(2), Items] IReadOnlyList<string> MachineSerials,
    [property: Id(3), LongText] string Plan,
    [property: Id(4), Items] IReadOnlyList<string> Materials,
    [property: Id(5), Items] IReadOnlyList<string> Attendees);
