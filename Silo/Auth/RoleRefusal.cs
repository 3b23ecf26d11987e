using AfterSales.GrainInterfaces.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace AfterSales.Silo.Auth;

/// <summary>
/// An authenticated caller that a policy refuses gets the API's 403 problem with <c>API-ROLE</c> — on the API, the
/// dashboard, <c>/orleans</c> and the API document alike; everything else is the framework's (401 challenges).
/// </summary>
public sealed class RoleRefusal(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext http, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (!result.Forbidden || http.User.Identity?.IsAuthenticated != true)
        {
            await _default.HandleAsync(next, http, policy, result);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        if (BrowserPage.Wanted(http.Request))
        {
            await RefusalPage.Write(http);
            return;
        }

        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "Forbidden",
            Detail = CallerRole.Of(http.User) is { } role
                ? $"{role} may not use {http.Request.Path}."
                : $"The token names no single role of this service ({CallerRole.Describe(http.User)}).",
            Extensions = { ["ruleId"] = CallerRole.RuleId },
        };
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }

    /// <summary>Authenticated, with exactly one role of ours, and (when given) one of <paramref name="roles"/>.</summary>
    public static AuthorizationPolicy Policy(Func<Role, bool>? roles = null) =>
        new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireAssertion(c => CallerRole.Of(c.User) is { } role && (roles is null || roles(role)))
            .Build();
}
