using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Accounts;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Persistence.ReadModels;
using AfterSales.Silo.Accounts;
using AfterSales.Silo.Api.Requests;
using AfterSales.Silo.OAuth;

namespace AfterSales.Silo.Api;

/// <summary>People's accounts (docs/api.md "Accounts and sign-in"): the service manager manages every one, the desk those of customers' people.</summary>
public static class UserEndpoints
{
    public static void MapUsers(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Accounts");

        users.MapPost("/", async (NewUserBody u, HttpContext http, IGrainFactory grains, IConfiguration config) =>
        {
            if (!UserNames.IsValid(u.UserName))
            {
                throw new InvalidInputException("API-INPUT", "userName", Sentence.Of("refusal.account.user-name", "A user name has 2 to 64 letters, digits or . _ - @."));
            }

            var created = await grains.GetGrain<IUserAccountGrain>(UserNames.Normalize(u.UserName)).Create(
                http.Command(new NewUser(u.UserName, u.DisplayName, u.Role, u.CustomerId, u.StationId, u.EngineerId, u.Email, u.Phone)),
                AccountPageEndpoints.LinkBase(http, config));
            return TypedResults.Created($"/api/users/{Uri.EscapeDataString(created.User.UserName)}", UserCreated.Of(created));
        }).Runs(AccountOperation.Create, "createUser", "Create a person's account",
            "One role and what it reaches; the invitation link (single use, 24 h) is mailed to the address, else answered once as invitationUrl.");

        users.MapGet("/", async (Role? role, string? q, int? limit, string? cursor, HttpContext http, ReadModel readModel) =>
        {
            var (actor, _) = http.Reach(AccountOperation.List);
            // Whose accounts the caller manages: the desk's, customers' people only.
            var roles = Enum.GetValues<Role>().Where(r => AccessPolicy.ReachOf(actor, KindOf(r)) is not null && (role is null || r == role)).ToList();
            return http.Paged(await readModel.Users(roles.Count == Enum.GetValues<Role>().Length ? null : roles, q, ReadModel.Limit(limit), cursor));
        }).Runs(AccountOperation.List, "listUsers", "List people's accounts", "By user name, a page at a time; role and q (part of the name or address) narrow it.");

        users.MapGet("/{userName}", async (string userName, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Managed(http, grains, userName, AccountOperation.Get)))
            .Runs(AccountOperation.Get, "getUser", "Read a person's account");

        users.MapPost("/{userName}/disable", async (string userName, HttpContext http, IGrainFactory grains, OAuthTokens tokens) =>
        {
            var view = await Account(grains, userName).Disable(http.Command(new AccountChange(SignInEndpoints.From(http))));
            // Its sessions ended with the write (their stamp moved); its client apps' refresh tokens end now.
            await tokens.RevokeAccount(view, http.RequestAborted);
            return TypedResults.Ok(view);
        }).Runs(AccountOperation.Disable, "disableUser", "Disable an account", "Ends its sessions and refresh tokens at once.");

        users.MapPost("/{userName}/enable", async (string userName, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Account(grains, userName).Enable(http.Command(new AccountChange(SignInEndpoints.From(http))))))
            .Runs(AccountOperation.Enable, "enableUser", "Enable an account");

        users.MapGet("/{userName}/history", async (string userName, int? limit, string? cursor, HttpContext http, IGrainFactory grains, ReadModel readModel) =>
        {
            http.Reach(AccountOperation.ReadHistory);
            var view = await Account(grains, userName).Get() ?? throw new NotFoundException("User", userName);
            return http.Paged(await readModel.AccountHistory(view.UserName, ReadModel.Limit(limit), cursor));
        }).Runs(AccountOperation.ReadHistory, "getUserHistory", "An account's history",
            "Sign-ins, failures, lockouts, role and reach changes, invitations and resets: who, when, from which address; newest first, paged.");
    }

    private static IUserAccountGrain Account(IGrainFactory grains, string userName) =>
        grains.GetGrain<IUserAccountGrain>(UserNames.IsValid(userName) ? UserNames.Normalize(userName) : throw new NotFoundException("User", userName));

    private static async Task<UserView> Managed(HttpContext http, IGrainFactory grains, string userName, AccountOperation operation)
    {
        var (actor, _) = http.Reach(operation);
        var view = await Account(grains, userName).Get() ?? throw new NotFoundException("User", userName);
        AccessPolicy.Require(actor, KindOf(view.Role), Owner.Nobody);
        return view;
    }

    private static AccountKind KindOf(Role role) => role == Role.Customer ? AccountKind.Customer : AccountKind.Other;
}
