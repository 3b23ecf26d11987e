using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AfterSales.Tests.Api;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Tests.Access;

/// <summary>
/// Tokens of every bad kind on every operation of the API document and on the pages: a token that is not ours is
/// 401; one of ours that names no single role of DOMAIN.md is 403 <c>API-ROLE</c>, everywhere.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TokenTests(ApiFixture api)
{
    private static readonly string[] Pages = ["/dashboard", "/orleans/", "/openapi/v1.json", "/api-docs/"];

    public static TheoryData<string, int> BadTokens => new()
    {
        { "expired", 401 },
        { "wrong signature", 401 },
        { "alg none", 401 },
        { "wrong issuer", 401 },
        { "wrong audience", 401 },
        { "no role", 403 },
        { "unknown role", 403 },
        { "multi-valued role", 403 },
        { "customer without its customer", 403 },
        { "station without its station", 403 },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_refused_on_every_operation_and_page(string kind, int status)
    {
        var document = await ApiDescription.Load(api.As(GrainInterfaces.Common.Role.ServiceManager, "manager-wang"));
        var client = api.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(kind));
        var wrong = new List<string>();
        var requests = document.Operations
            .Select(o => new HttpRequestMessage(new HttpMethod(o.Method), o.Path.Replace("{n}", "1").Replace("{", "x").Replace("}", "")) { Content = o.Body is null ? null : new StringContent("{}", Encoding.UTF8, "application/json") })
            .Concat(Pages.Select(p => new HttpRequestMessage(HttpMethod.Get, p)));
        foreach (var request in requests)
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode != status || (status == 403 && !body.Contains("\"ruleId\":\"API-ROLE\"", StringComparison.Ordinal)))
            {
                wrong.Add($"{request.Method} {request.RequestUri} -> {(int)response.StatusCode} {body}");
            }
        }

        Assert.True(wrong.Count == 0, $"{kind}:\n{string.Join("\n", wrong)}");
    }

    private static string Token(string kind)
    {
        var claims = new Dictionary<string, object> { ["sub"] = "someone", ["role"] = "ServiceManager" };
        var (issuer, audience, key, expires) = ("aftersales", "aftersales-api", Encoding.UTF8.GetBytes(ApiFixture.SigningKey), DateTime.UtcNow.AddHours(1));
        switch (kind)
        {
            case "expired": expires = DateTime.UtcNow.AddHours(-2); break;
            case "wrong signature": key = Encoding.UTF8.GetBytes("another-signing-key-0123456789-abcdefghijklmnop"); break;
            case "wrong issuer": issuer = "somebody-else"; break;
            case "wrong audience": audience = "another-api"; break;
            case "no role": claims.Remove("role"); break;
            case "unknown role": claims["role"] = "Admin"; break;
            case "multi-valued role": claims["role"] = new[] { "Customer", "ServiceManager" }; break;
            case "customer without its customer": claims["role"] = "Customer"; break;
            case "station without its station": claims["role"] = "ServiceStation"; break;
            case "alg none": return Unsigned(claims, issuer, audience, expires);
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires.AddHours(-1),
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });
    }

    private static string Unsigned(Dictionary<string, object> claims, string issuer, string audience, DateTime expires)
    {
        var payload = new Dictionary<string, object>(claims) { ["iss"] = issuer, ["aud"] = audience, ["exp"] = new DateTimeOffset(expires).ToUnixTimeSeconds() };
        return $"{Base64Url("""{"alg":"none","typ":"JWT"}""")}.{Base64Url(JsonSerializer.Serialize(payload))}.";
    }

    private static string Base64Url(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
