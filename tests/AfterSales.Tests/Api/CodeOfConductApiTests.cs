using System.Net;
using AfterSales.GrainInterfaces.CodeOfConduct;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class CodeOfConductApiTests(ApiFixture api)
{
    [Fact]
    public async Task R_DOC_a_change_is_filed_by_anyone_and_decided_by_a_leader_through_the_api()
    {
        var engineer = api.As(Role.ServiceEngineer, "E-api");
        var code = await engineer.GetAsync("/api/code-of-conduct").Ok<CodeOfConductView>();
        var latest = code.Versions[^1].Number;

        var filed = await engineer.Post("/api/code-of-conduct/changes", new
        {
            appliesToVersion = latest, applicant = "王工", what = "Telephone service", original = "try by phone",
            revised = "try by phone or video call", reasons = "customers send videos",
        }, "change-1").Ok<ChangeRecord>(HttpStatusCode.Created);
        var retried = await engineer.Post("/api/code-of-conduct/changes", new
        {
            appliesToVersion = latest, applicant = "王工", what = "Telephone service", original = "try by phone",
            revised = "try by phone or video call", reasons = "customers send videos",
        }, "change-1").Ok<ChangeRecord>(HttpStatusCode.Created);
        Assert.Equal(filed.Id, retried.Id);

        await engineer.Post($"/api/code-of-conduct/changes/{filed.Id}/decision", new { approved = true, signedBy = "x", implementationDate = "2030-01-01" })
            .Problem(HttpStatusCode.Forbidden, "R-DOC-3");
        var decided = await api.As(Role.CompanyLeader, "leader-chen")
            .Post($"/api/code-of-conduct/changes/{filed.Id}/decision", new { approved = true, signedBy = "陈总", implementationDate = "2030-01-01" })
            .Ok<ChangeRecord>();
        Assert.Equal(ChangeState.Approved, decided.State);
        var after = await engineer.GetAsync("/api/code-of-conduct").Ok<CodeOfConductView>();
        Assert.Equal(code.InForce.Number, after.InForce.Number);
        Assert.Equal(decided.ResultingVersion, after.Versions[^1].Number);
        await engineer.Post("/api/code-of-conduct/changes", new { appliesToVersion = 1 }).Problem(HttpStatusCode.BadRequest);
    }
}
