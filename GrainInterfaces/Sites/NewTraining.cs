namespace AfterSales.GrainInterfaces.Sites;

/// <summary>A customer training as held: where, by whom, on which machines, with plan, materials and attendees (R-TRN-1/2).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.NewTraining")]
public sealed record NewTraining(
    [property: Id(0)] TrainingPlace Place,
    [property: Id(1)] string EngineerId,
    [property: Id(2)] IReadOnlyList<string> MachineSerials,
    [property: Id(3)] string Plan,
    [property: Id(4)] IReadOnlyList<string> Materials,
    [property: Id(5)] IReadOnlyList<string> Attendees);
