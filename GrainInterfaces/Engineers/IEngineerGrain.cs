using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Engineers;

/// <summary>A service engineer of the after-sales department (R-ENG-1..5). Key: the engineer id.</summary>
[Alias("AfterSales.IEngineerGrain")]
public interface IEngineerGrain : IGrainWithStringKey
{
    [Alias("Register")]
    Task<EngineerView> Register(Command<EngineerProfile> command);

    [Alias("UpdateProfile")]
    Task<EngineerView> UpdateProfile(Command<EngineerProfile> command);

    [Alias("Get"), Orleans.Concurrency.ReadOnly]
    Task<EngineerView> Get();

    [Alias("AssessFitness"), Orleans.Concurrency.ReadOnly]
    Task<Fitness> AssessFitness(ProductLine productLine);

    /// <summary>Records an evaluation (R-ENG-3) or a quality visit (R-ENG-4); answers the evaluation recorded.</summary>
    [Alias("RecordEvaluation.Evaluation")]
    Task<Evaluation> RecordEvaluation(Command<NewEvaluation> command);

    [Alias("Sanction")]
    Task<EngineerView> Sanction(Command<NewSanction> command);

    [Alias("LiftSuspension")]
    Task<EngineerView> LiftSuspension(Command<string> command);

    /// <summary>Writes the engineer again, so that the read models receive its quality visits and its line of the engineer list.</summary>
    [Alias("Project")]
    Task Project();
}
