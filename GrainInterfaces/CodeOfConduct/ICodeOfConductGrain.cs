using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.CodeOfConduct;

/// <summary>
/// The code of conduct itself (R-DOC-1..4): its versions and change applications. Key: the code's reference
/// (<see cref="Ref"/>). Read once per ticket at receipt; its reads interleave.
/// </summary>
[Alias("AfterSales.ICodeOfConductGrain")]
public interface ICodeOfConductGrain : IGrainWithStringKey
{
    public const string Ref = "XLC/CLX-AS-02";

    [Alias("Get"), Orleans.Concurrency.ReadOnly]
    Task<CodeOfConductView> Get();

    /// <summary>The version in force at an instant.</summary>
    [Alias("InForceAt"), Orleans.Concurrency.ReadOnly]
    Task<CodeVersion> InForceAt(DateTimeOffset at);

    /// <summary>Every version with its implementation date (the reports judge each period by its own).</summary>
    [Alias("Versions"), Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<CodeVersion>> Versions();

    [Alias("FileChange")]
    Task<ChangeRecord> FileChange(Command<ChangeApplication> command);

    [Alias("Decide")]
    Task<ChangeRecord> Decide(Command<DecideChange> command);
}
