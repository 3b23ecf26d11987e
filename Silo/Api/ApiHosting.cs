using System.Text.Json.Serialization;
using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Silo.Api.OpenApi;
using AfterSales.Silo.Api.Validation;
using AfterSales.Silo.Accounts;
using AfterSales.Silo.Auth;
using AfterSales.Silo.Health;
using AfterSales.Silo.OAuth;
using AfterSales.Silo.Telemetry;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.IdentityModel.Tokens;
using Orleans.Dashboard;
using Scalar.AspNetCore;

namespace AfterSales.Silo.Api;

/// <summary>The thin HTTP API of docs/api.md: JSON, JWT bearer authentication, problem details, OpenAPI.</summary>
public static class ApiHosting
{
    public static WebApplicationBuilder AddAfterSalesApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<JsonOptions>(o => Configure(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // A refusal's rule id is left for the request's log line (Telemetry.RequestLog).
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            if (c.ProblemDetails.Extensions.TryGetValue("ruleId", out var rule) && rule is string id)
            {
                c.HttpContext.Items[RequestLog.RuleIdItem] = id;
            }

            // A person who reads Chinese reads the title in Chinese too; English stays as it was, for every other caller.
            c.ProblemDetails.Title = ProblemMapping.Title(c.ProblemDetails.Status, c.ProblemDetails.Title, ProblemMapping.Language(c.HttpContext));
        });
        services.AddReadiness();
        services.AddExceptionHandler<ProblemMapping>();
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<ApiDocument>();
            o.AddDocumentTransformer<EnumSchemas>();
            o.AddDocumentTransformer<ProblemSchemas>();
        });
        services.AddSingleton<ReportQueries>();
        services.AddCallerRateLimits();
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);

        var config = builder.Configuration;
        var idp = IdentityProviderSettings.Read(config);
        var authentication = services.AddAuthentication(AuthSchemes.ByIssuer)
            .AddPolicyScheme(AuthSchemes.ByIssuer, "A person's session, or an own, OAuth server or identity provider token", o =>
                o.ForwardDefaultSelector = http => BrowserSession.UsesCookie(http.Request)
                    ? AuthSchemes.Session
                    : AuthSchemes.For(BrowserSession.TokenOf(http.Request), idp))
            .AddJwtBearer(AuthSchemes.Own, o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = SigningKey.Issuer(config),
                    ValidAudience = SigningKey.Audience(config),
                    IssuerSigningKey = SigningKey.Resolve(config),
                    NameClaimType = Claims.Subject,
                    RoleClaimType = Claims.Role,
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
            });
        authentication.AddSessionCookies(config);
        builder.AddAfterSalesOAuth();
        authentication.AddCompanySignIn(config);
        if (idp is not null)
        {
            authentication.AddJwtBearer(AuthSchemes.IdentityProvider, o => AuthSchemes.Configure(o, idp));
        }

        // Every endpoint that is not anonymous wants exactly one role of ours; the Orleans dashboard, the policy's roles for it.
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, RoleRefusal>();
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(RoleRefusal.Policy())
            .AddPolicy(Policies.Operations, RoleRefusal.Policy(r => AccessPolicy.Of(ClusterOperation.Dashboard).ReachOf(r) is not null));
        return builder;
    }

    public static void Configure(System.Text.Json.JsonSerializerOptions o)
    {
        o.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        o.RespectNullableAnnotations = true;
        o.RespectRequiredConstructorParameters = true;
        o.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    }

    public static WebApplication UseAfterSalesApi(this WebApplication app)
    {
        app.UseMiddleware<RequestLog>();
        app.Use(SecurityHeaders.Add(app.Configuration));
        app.UseExceptionHandler();
        app.Use(BodyLimit.Check);
        app.UseStatusCodePages(StatusPages.Write);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.Use(OperationAccess.Check);

        app.MapReadiness();
        app.MapVerification();
        app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(Policies.Operations);
        app.MapOpenApi().RequireAuthorization();
        // The API reference for people, signed in like the dashboard (the browser's session cookie reads the document).
        app.MapScalarApiReference("/api-docs", o => o.WithTitle("AfterSales.Orleans API").WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .RequireAuthorization();
        app.MapOrleansDashboard(routePrefix: "/orleans").RequireAuthorization(Policies.Operations);

        var api = app.MapGroup("/api").RequireAuthorization().AddEndpointFilter<InputLimits>().AddEndpointFilter<IdempotencyInFlight>();
        api.MapCustomers();
        api.MapMachines();
        api.MapMaintenancePlans();
        api.MapCampaigns();
        api.MapEngineers();
        api.MapToolKits();
        api.MapStations();
        api.MapTickets();
        api.MapAlerts();
        api.MapReports();
        api.MapCodeOfConduct();
        api.MapSurveys();
        api.MapSites();
        api.MapAttachments();
        api.MapDocuments();
        api.MapWebhooks();
        api.MapUsers();
        api.MapOAuthClients();
        app.MapOAuth();
        return app;
    }
}
