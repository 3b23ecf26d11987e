using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace AfterSales.Tests.Api;

public static class HttpAssertions
{
    public static async Task<T> Ok<T>(this Task<HttpResponseMessage> call, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await call).Ok<T>(expected);

    public static async Task<T> Ok<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<T>(body, ApiFixture.Json)!;
    }

    /// <summary>Every item of a paged list: follows <c>Link: &lt;url&gt;; rel="next"</c> to the last page (docs/api.md "Lists").</summary>
    public static async Task<List<T>> All<T>(this HttpClient client, string url)
    {
        var items = new List<T>();
        for (string? next = url; next is not null;)
        {
            var response = await client.GetAsync(next);
            items.AddRange(await response.Ok<List<T>>());
            next = NextLink(response);
        }

        return items;
    }

    /// <summary>The URL of the next page, or null on the last.</summary>
    public static string? NextLink(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var links)
        && links.Select(l => System.Text.RegularExpressions.Regex.Match(l, "^<([^>]+)>;\\s*rel=\"next\"$")).FirstOrDefault(m => m.Success) is { } match
            ? match.Groups[1].Value
            : null;

    /// <summary>Asserts a problem-details answer and returns its JSON.</summary>
    public static async Task<JsonElement> Problem(this Task<HttpResponseMessage> call, HttpStatusCode expected, string? ruleId = null)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        if (ruleId is not null)
        {
            Assert.Equal(ruleId, problem.GetProperty("ruleId").GetString());
        }

        return problem;
    }

    public static Task<HttpResponseMessage> Post(this HttpClient client, string path, object? body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body, options: ApiFixture.Json) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostRaw(this HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
}
