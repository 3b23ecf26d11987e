using AfterSales.Dashboard.App.Pages.Accounts;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Accounts;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Grains.Accounts;
using AfterSales.Silo.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using QRCoder;
using SetPasswordForm = AfterSales.Dashboard.App.Pages.Accounts.SetPassword;
using static AfterSales.Silo.Accounts.SignInEndpoints;

namespace AfterSales.Silo.Accounts;

/// <summary>
/// A person's own account pages (docs/api.md "Accounts and sign-in"): <c>/account</c> (a new password, the second
/// factor), <c>/account/second-factor</c> (setting it up, also half-way through a sign-in whose role needs it),
/// <c>/account/invitation/{code}</c> and <c>/account/reset/{code}</c> (single-use links), <c>/account/forgot</c>.
/// </summary>
public static class AccountPageEndpoints
{
    public static void MapAccountPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account", async (string? notice, HttpContext http, IAntiforgery antiforgery, IGrainFactory grains, IOptions<AccountSettings> settings) =>
            await Own(http, antiforgery, grains, settings.Value, StatusCodes.Status200OK, null, notice)).RequireAuthorization().ExcludeFromDescription();

        app.MapPost("/account/password", async (
            [FromForm] string currentPassword, [FromForm] string newPassword, [FromForm] string confirmPassword, HttpContext http, IAntiforgery antiforgery,
            IGrainFactory grains, IOptions<AccountSettings> settings) =>
        {
            var (user, stamp) = SessionPrincipal.AccountOf(http.User) ?? throw new InvalidOperationException("A session names its account.");
            try
            {
                var identity = await grains.GetGrain<IUserAccountGrain>(user).ChangePassword(new PasswordChange(currentPassword, newPassword, confirmPassword, stamp, From(http)));
                await Start(http, identity);
                return Results.Redirect("/account?notice=password-changed");
            }
            catch (Exception e) when (e is InvalidInputException or RuleViolationException)
            {
                return await Own(http, antiforgery, grains, settings.Value, StatusCodes.Status400BadRequest, Phrases.Explain(e, System.Globalization.CultureInfo.CurrentUICulture), null);
            }
        }).RequireAuthorization().ExcludeFromDescription();

        app.MapPost("/account/second-factor/remove", async (
            [FromForm] string currentPassword, HttpContext http, IAntiforgery antiforgery, IGrainFactory grains, IOptions<AccountSettings> settings) =>
        {
            var (user, stamp) = SessionPrincipal.AccountOf(http.User) ?? throw new InvalidOperationException("A session names its account.");
            try
            {
                var identity = await grains.GetGrain<IUserAccountGrain>(user).RemoveSecondFactor(new PasswordChange(currentPassword, "", "", stamp, From(http)));
                await Start(http, identity);
                return Results.Redirect("/account?notice=second-factor-removed");
            }
            catch (Exception e) when (e is InvalidInputException or RuleViolationException)
            {
                return await Own(http, antiforgery, grains, settings.Value, StatusCodes.Status409Conflict, Phrases.Explain(e, System.Globalization.CultureInfo.CurrentUICulture), null);
            }
        }).RequireAuthorization().ExcludeFromDescription();

        app.MapGet("/account/second-factor", async (HttpContext http, IAntiforgery antiforgery, IGrainFactory grains) =>
        {
            if (await Enrolling(http) is not { } who)
            {
                return Results.Redirect(BrowserSession.LoginUrl("/account/second-factor"));
            }

            var enrolment = await grains.GetGrain<IUserAccountGrain>(who.UserName).BeginEnrolment(who.Stamp);
            return Setup(http, antiforgery, enrolment, who.Required, refused: false);
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapPost("/account/second-factor", async ([FromForm] string code, HttpContext http, IAntiforgery antiforgery, IGrainFactory grains) =>
        {
            if (await Enrolling(http) is not { } who)
            {
                return Results.Redirect(BrowserSession.LoginUrl("/account/second-factor"));
            }

            var account = grains.GetGrain<IUserAccountGrain>(who.UserName);
            try
            {
                var done = await account.CompleteEnrolment(new SecondFactorAttempt(code, who.Stamp, From(http)));
                await Start(http, done.Identity);
                return Page<SecondFactorSetup>(http, antiforgery, StatusCodes.Status200OK, new()
                {
                    [nameof(SecondFactorSetup.RecoveryCodes)] = done.RecoveryCodes, [nameof(SecondFactorSetup.ContinueUrl)] = who.ReturnUrl,
                });
            }
            catch (InvalidInputException)
            {
                return Setup(http, antiforgery, await account.BeginEnrolment(who.Stamp), who.Required, refused: true);
            }
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapGet("/account/invitation/{code}", (string code, HttpContext http, IAntiforgery antiforgery) =>
            SetPasswordPage(http, antiforgery, LinkPurpose.Invitation, code, StatusCodes.Status200OK, null)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/account/reset/{code}", (string code, HttpContext http, IAntiforgery antiforgery) =>
            SetPasswordPage(http, antiforgery, LinkPurpose.Reset, code, StatusCodes.Status200OK, null)).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/account/invitation/{code}", (string code, [FromForm] string password, [FromForm] string confirmPassword, HttpContext http, IAntiforgery antiforgery, IGrainFactory grains) =>
            SetPassword(http, antiforgery, grains, LinkPurpose.Invitation, code, password, confirmPassword)).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/account/reset/{code}", (string code, [FromForm] string password, [FromForm] string confirmPassword, HttpContext http, IAntiforgery antiforgery, IGrainFactory grains) =>
            SetPassword(http, antiforgery, grains, LinkPurpose.Reset, code, password, confirmPassword)).AllowAnonymous().ExcludeFromDescription();

        app.MapGet("/account/forgot", (HttpContext http, IAntiforgery antiforgery) =>
            Page<ForgotPassword>(http, antiforgery, StatusCodes.Status200OK, [])).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/account/forgot", async ([FromForm] string userName, HttpContext http, IAntiforgery antiforgery, IGrainFactory grains, IConfiguration config) =>
        {
            if (UserNames.IsValid(userName))
            {
                await grains.GetGrain<IUserAccountGrain>(UserNames.Normalize(userName)).RequestReset(LinkBase(http, config), From(http));
            }

            // The same answer whether the name exists, has an address, or not.
            return Page<ForgotPassword>(http, antiforgery, StatusCodes.Status200OK, new() { [nameof(ForgotPassword.Sent)] = true });
        }).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>The absolute base of the links the service mails: <c>App:PublicUrl</c>, else the request's own host.</summary>
    public static string LinkBase(HttpContext http, IConfiguration config) =>
        config["App:PublicUrl"] is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    private static async Task<IResult> Own(HttpContext http, IAntiforgery antiforgery, IGrainFactory grains, AccountSettings settings, int status, string? error, string? notice)
    {
        var (user, _) = SessionPrincipal.AccountOf(http.User) ?? throw new InvalidOperationException("A session names its account.");
        var view = await grains.GetGrain<IUserAccountGrain>(user).Get() ?? throw new NotFoundException("User", user);
        return Page<AccountPage>(http, antiforgery, status, new()
        {
            [nameof(AccountPage.User)] = view,
            [nameof(AccountPage.SecondFactorRequired)] = settings.RequiresSecondFactor(view.Role),
            [nameof(AccountPage.Error)] = error,
            [nameof(AccountPage.Notice)] = notice is "password-changed" or "second-factor-removed" ? notice : null,
        });
    }

    // Who is setting up a second factor: half-way through a sign-in whose role needs one, or a signed-in person.
    private static async Task<(string UserName, int Stamp, string ReturnUrl, bool Required)?> Enrolling(HttpContext http)
    {
        if (await EnrolmentStepOf(http) is { } step)
        {
            return (step.UserName, step.Stamp, step.ReturnUrl, true);
        }

        var session = await http.AuthenticateAsync(AuthSchemes.Session);
        return session.Succeeded && SessionPrincipal.AccountOf(session.Principal!) is { } account ? (account.UserName, account.Stamp, "/account", false) : null;
    }

    private static IResult Setup(HttpContext http, IAntiforgery antiforgery, TotpEnrolment enrolment, bool required, bool refused)
    {
        using var qr = new QRCodeGenerator().CreateQrCode(enrolment.Uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(qr).GetGraphic(5);
        return Page<SecondFactorSetup>(http, antiforgery, refused ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, new()
        {
            [nameof(SecondFactorSetup.Uri)] = enrolment.Uri, [nameof(SecondFactorSetup.Secret)] = enrolment.Secret,
            [nameof(SecondFactorSetup.QrCode)] = $"data:image/png;base64,{Convert.ToBase64String(png)}",
            [nameof(SecondFactorSetup.Required)] = required, [nameof(SecondFactorSetup.Refused)] = refused,
        });
    }

    private static IResult SetPasswordPage(HttpContext http, IAntiforgery antiforgery, LinkPurpose purpose, string code, int status, string? error) =>
        Page<SetPasswordForm>(http, antiforgery, status, new()
        {
            [nameof(SetPasswordForm.Invitation)] = purpose == LinkPurpose.Invitation,
            [nameof(SetPasswordForm.Action)] = $"/account/{(purpose == LinkPurpose.Invitation ? "invitation" : "reset")}/{Uri.EscapeDataString(code)}",
            [nameof(SetPasswordForm.Error)] = error,
        });

    private static async Task<IResult> SetPassword(
        HttpContext http, IAntiforgery antiforgery, IGrainFactory grains, LinkPurpose purpose, string code, string password, string confirmPassword)
    {
        var language = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            if (AccountLinks.Read(code) is not { } link || !UserNames.IsValid(link.UserName))
            {
                throw new RuleViolationException(UserAccountGrain.LinkRule, Sentence.Of("refusal.account.link", "This link was used already or has expired; ask for a new one."));
            }

            await grains.GetGrain<IUserAccountGrain>(UserNames.Normalize(link.UserName))
                .SetPassword(new PasswordLink(purpose, link.Secret, password, confirmPassword, From(http)));
            return Results.Redirect("/login?notice=password-set");
        }
        catch (InvalidInputException e)
        {
            return SetPasswordPage(http, antiforgery, purpose, code, StatusCodes.Status400BadRequest, Phrases.Explain(e, language));
        }
        catch (RuleViolationException e)
        {
            return SetPasswordPage(http, antiforgery, purpose, code, StatusCodes.Status409Conflict, Phrases.Explain(e, language));
        }
    }
}
