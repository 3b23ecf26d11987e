using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Sites;

/// <summary>A customer's installation site: installation, acceptance, commissioning and training (R-INS, R-TRN). Key: the site id.</summary>
[Alias("AfterSales.IInstallationSiteGrain")]
public interface IInstallationSiteGrain : IGrainWithStringKey
{
    [Alias("Register")]
    Task<SiteView> Register(Command<SiteProfile> command);

    /// <summary>The site; <see cref="NotFoundException"/> when it was never registered.</summary>
    [Alias("Get"), Orleans.Concurrency.ReadOnly]
    Task<SiteView> Get();

    /// <summary>The site for a caller: the access policy is asked before anything of it is given.</summary>
    [Alias("Read"), Orleans.Concurrency.ReadOnly]
    Task<SiteView> Read(Actor by);

    [Alias("Install")]
    Task<SiteView> Install(Command<NewInstallation> command);

    [Alias("ReportProblem")]
    Task<SiteView> ReportProblem(string serial, Command<ProblemReport> command);

    [Alias("AnswerProblem")]
    Task<SiteView> AnswerProblem(string serial, int number, Command<ProblemAnswer> command);

    [Alias("RecordAcceptance")]
    Task<SiteView> RecordAcceptance(string serial, Command<AcceptanceChecklist> command);

    /// <summary>The items of the GB acceptance checklist an installed plant is accepted by (R-INS-3), as configured for its product line.</summary>
    [Alias("Checklist"), Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<string>> Checklist(string serial);

    [Alias("Commission")]
    Task<SiteView> Commission(string serial, Command<CommissioningReport> command);

    /// <summary>Whether the commissioning of <paramref name="serial"/> has the fingerprint <paramref name="sha256"/>; for anyone holding the paper.</summary>
    [Alias("Verify")]
    Task<AfterSales.GrainInterfaces.Tickets.ReportVerification> Verify(string serial, string sha256);

    /// <summary>Whether an installation of this site names the file <paramref name="sha256"/> as an attachment.</summary>
    [Alias("Names")]
    Task<bool> Names(string sha256);

    /// <summary>R-INS-4: a stored file (the commissioning report's scan) becomes the installation's evidence.</summary>
    [Alias("Attach")]
    Task<SiteView> Attach(string serial, Command<AfterSales.GrainInterfaces.Tickets.NewAttachment> command);

    /// <summary>Refuses (403, 404) a caller who may not run <paramref name="operation"/> on this site; before an upload is read.</summary>
    [Alias("Require")]
    Task Require(Actor by, AfterSales.GrainInterfaces.Access.SiteOperation operation);

    [Alias("RecordTraining")]
    Task<SiteView> RecordTraining(Command<NewTraining> command);

    /// <summary>Writes the site again, so that the read models receive it (the site list of a service that had none).</summary>
    [Alias("Project")]
    Task Project();
}
