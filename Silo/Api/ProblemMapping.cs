using AfterSales.Silo.Api.Files;
using System.Globalization;
using System.Text.Json;
using AfterSales.Dashboard.Localization;
using System.Text.RegularExpressions;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.Silo.Api.Validation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;
using Orleans.Storage;

namespace AfterSales.Silo.Api;

/// <summary>
/// Maps what a grain call or the request binding throws to RFC 9457 problem details: 400 with the field, 403,
/// 404, 409 with the rule id; a silo that is unavailable answers 503 with Retry-After, never 500. The <c>detail</c> of a
/// refusal is said in the caller's language (<c>?lang=</c>, the language cookie, Accept-Language; English when the
/// caller names none); the rule id and the field stay as they are, for machines.
/// </summary>
public sealed partial class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 15;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception, Language(http)) ?? Dashboard(http, exception);
        if (problem is null)
        {
            return false;
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(exception, "Cluster unavailable for {Path}", http.Request.Path);
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        }

        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The language the caller chose; an API client that says nothing is answered in English.</summary>
    public static CultureInfo Language(HttpContext http) =>
        http.Features.Get<IRequestCultureFeature>() is { Provider: not null } chosen ? chosen.RequestCulture.UICulture : CultureInfo.InvariantCulture;

    private static ProblemDetails? Map(Exception e, CultureInfo language) => e switch
    {
        RuleViolationException { RuleId: RuleIds.IdempotencyKeyReused } r =>
            WithRule(new ProblemDetails { Status = 422, Title = "The idempotency key was used for another request", Detail = Phrases.Explain(r, language) }, r.RuleId),
        RuleViolationException r =>
            WithRule(new ProblemDetails { Status = 409, Title = "A rule of the code of conduct forbids this", Detail = Phrases.Explain(r, language) }, r.RuleId),
        InvalidInputException i => WithRule(Invalid(i.Field, i.Message, Phrases.Explain(i, language)), i.RuleId),
        InputRejected r => WithRule(new HttpValidationProblemDetails(r.Errors.ToDictionary())
        {
            Status = 400, Title = "The request is invalid", Detail = Say("refusal.api.fields-invalid", language, string.Join(", ", r.Errors.Keys)),
        }, InputRejected.RuleId),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => BodyLimit.Problem(),
        FileTooLarge => WithRule(new ProblemDetails { Status = 413, Title = "The file is too large", Detail = Say("refusal.api.file-too-large", language, $"{Limits.MaxFileBytes}") }, FileUpload.RuleId),
        ForbiddenException f => WithRule(new ProblemDetails { Status = 403, Title = "Forbidden", Detail = Phrases.Explain(f, language) }, f.RuleId),
        NotFoundException n => new ProblemDetails { Status = 404, Title = "Not found", Detail = Phrases.Explain(n, language) },
        BadHttpRequestException b => BadRequest(b, language),
        SiloUnavailableException or OrleansMessageRejectionException or ConnectionFailedException or TimeoutException
            or InconsistentStateException => new ProblemDetails { Status = 503, Title = "The service is briefly unavailable", Detail = Say("refusal.api.unavailable", language) },
        _ => null,
    };

    /// <summary>The Orleans dashboard reads a silo address from its path and throws on one that is none: 404, not 500.</summary>
    private static ProblemDetails? Dashboard(HttpContext http, Exception e) =>
        http.Request.Path.StartsWithSegments("/orleans") && Causes(e).Any(c => c is FormatException)
            ? new ProblemDetails { Status = 404, Title = "Not found", Detail = "No silo has this address." }
            : null;

    private static IEnumerable<Exception> Causes(Exception e)
    {
        for (Exception? c = e; c is not null; c = c.InnerException)
        {
            yield return c;
        }
    }

    /// <summary>A problem's title: in Chinese for a caller who reads Chinese (by its status), else as it is.</summary>
    public static string? Title(int? status, string? title, CultureInfo language) =>
        language.TwoLetterISOLanguageName == "zh" && status is { } s && Phrases.Say(new Phrase(Titles.GetValueOrDefault(s, "refusal.title.other"), []), language) is { } said
            ? said
            : title;

    private static readonly Dictionary<int, string> Titles = new()
    {
        [400] = "refusal.title.invalid", [401] = "refusal.title.unauthenticated", [403] = "refusal.title.forbidden",
        [404] = "refusal.title.not-found", [405] = "refusal.title.method", [409] = "refusal.title.conflict",
        [413] = "refusal.title.too-large", [422] = "refusal.title.key-reused", [429] = "refusal.title.too-many",
        [503] = "refusal.title.unavailable",
    };

    /// <summary>A sentence of the HTTP layer in the caller's language.</summary>
    private static string Say(string code, CultureInfo language, params string[] args) =>
        Phrases.Say(new Phrase(code, args), language) ?? code;

    private static ProblemDetails BadRequest(BadHttpRequestException b, CultureInfo language)
    {
        var problem = BadRequest(b);
        problem.Detail = Say("refusal.api.field-invalid", language, string.Join(", ", problem.Errors.Keys));
        return problem;
    }

    private static HttpValidationProblemDetails BadRequest(BadHttpRequestException b)
    {
        if (b.InnerException is JsonException json)
        {
            var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
            if (field == "body" && MissingProperty().Match(json.Message) is { Success: true } missing)
            {
                field = missing.Groups[1].Value;
            }

            // The serializer's message names the contract's .NET type: the client is told the field and what is wrong with it.
            return Invalid(field, field == "body" ? "The body must be a JSON object of this operation." : "is missing or not a valid value of this field.");
        }

        // "Failed to bind parameter "QueryChoice<ProductLine>? productLine" from "x"": the parameter's name, not its type,
        // in the API's camelCase (a report's query is a record: its parameter is ProductLine, the query's productLine).
        return BoundParameter().Match(b.Message) is { Success: true } bound
            ? Invalid(JsonNamingPolicy.CamelCase.ConvertName(bound.Groups[1].Value), "is not a valid value of this parameter.")
            : Invalid("body", "The request could not be read.");
    }

    [GeneratedRegex(@"parameter ""(?:[^""]*\s)?(\w+)""")]
    private static partial Regex BoundParameter();

    [GeneratedRegex("missing required properties including: '([^']+)'")]
    private static partial Regex MissingProperty();

    /// <summary>The field and its error in English, for machines; <paramref name="detail"/>, where given, says it in the caller's language.</summary>
    private static HttpValidationProblemDetails Invalid(string field, string message, string? detail = null) =>
        new(new Dictionary<string, string[]> { [field] = [message] }) { Status = 400, Title = "The request is invalid", Detail = detail };

    private static ProblemDetails WithRule(ProblemDetails p, string ruleId)
    {
        p.Extensions["ruleId"] = ruleId;
        return p;
    }
}
