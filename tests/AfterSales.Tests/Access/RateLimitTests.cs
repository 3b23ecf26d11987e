using System.Net;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Tests.Api;

namespace AfterSales.Tests.Access;

/// <summary>A service whose callers may send 5 reads and 3 commands a second.</summary>
public sealed class RateLimitedApi() : ApiFixture(new Dictionary<string, string>
{
    ["RateLimits__ReadsPerSecond"] = "5",
    ["RateLimits__CommandsPerSecond"] = "3",
});

/// <summary>docs/api.md "Rate limits": per-caller rate limits, 429 with Retry-After beyond them; other callers unaffected; /health exempt.</summary>
[Collection(ApiCollection.Name)]
public sealed class RateLimitTests(RateLimitedApi api) : IClassFixture<RateLimitedApi>
{
    [Fact]
    public async Task A_caller_beyond_its_limit_gets_429_with_Retry_After_and_other_callers_do_not()
    {
        var busy = api.As(Role.QualityDepartment, "busy-quality");
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 12; i++)
        {
            answers.Add(await busy.GetAsync("/api/code-of-conduct"));
        }

        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        var refused = answers.FirstOrDefault(a => a.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) >= 1);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"ruleId\":\"API-RATE\"", await refused.Content.ReadAsStringAsync());

        // Another caller at the same moment, and the anonymous health check, are not slowed by the busy one.
        Assert.Equal(HttpStatusCode.OK, (await api.As(Role.QualityDepartment, "calm-quality").GetAsync("/api/code-of-conduct")).StatusCode);
        var anonymous = api.Anonymous();
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        }
    }

    [Fact]
    public async Task Commands_have_their_own_lower_limit()
    {
        var assistant = api.As(Role.ServiceAssistant, "hasty-assistant");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await assistant.Post("/api/customers", new { id = $"RL-{Guid.NewGuid():N}"[..20], name = "x", region = "y" })).StatusCode);
        }

        Assert.Contains(HttpStatusCode.Created, statuses);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        // Its reads are counted apart: the commands' limit does not stop them.
        Assert.Equal(HttpStatusCode.OK, (await assistant.GetAsync("/api/code-of-conduct")).StatusCode);
    }
}
