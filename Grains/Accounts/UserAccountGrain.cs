using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Accounts;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Notifications;
using AfterSales.GrainInterfaces.Stations;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AfterSales.Grains.Accounts;

/// <summary>
/// A person's account (docs/api.md "Accounts and sign-in"). Managers' commands go through the command pipeline and the
/// access policy; a sign-in step comes from no caller, so the grain guards it itself: one answer for every refusal, a
/// lockout after <see cref="AccountSettings.LockoutFailures"/> failures, a code never accepted twice. Every write that
/// changes who may sign in moves <see cref="UserAccountState.Stamp"/>, which ends the account's sessions and tokens.
/// </summary>
public sealed class UserAccountGrain(
    [PersistentState("account")] IPersistentState<UserAccountState> state,
    IOptions<AccountSettings> settings,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock) : Grain, IUserAccountGrain
{
    public const string LinkRule = "ACC-LINK";
    public const string SecondFactorRule = "ACC-SECOND-FACTOR";

    private CommandPipeline<UserAccountState>? _pipeline;

    private CommandPipeline<UserAccountState> Pipeline =>
        _pipeline ??= CommandPipelines.For(this, state, DeactivateOnIdle, CommandAccess<UserAccountState>.ByRole<AccountOperation>(), Outbox);

    private UserAccountState S => Pipeline.State;

    private AccountSettings Settings => settings.Value;

    private string Key => this.GetPrimaryKeyString();

    private DateTimeOffset Now => clock.GetUtcNow();

    public Task<UserView?> Get() => Task.FromResult(S.Exists ? View(S) : null);

    public Task<AccountCreated> Create(Command<NewUser> command, string linkBase) =>
        Pipeline.Run(
            command.Request(AccountOperation.Create),
            async draft =>
            {
                var user = command.Body;
                // Who may create whose account: the desk the accounts of customers' people, the service manager any.
                AccessPolicy.Require(command.By, KindOf(user.Role), Owner.Nobody);
                if (draft.Exists)
                {
                    throw new RuleViolationException(RuleIds.IdExists, Sentence.Of("refusal.account.exists", $"User '{Key}' exists."));
                }

                if (!UserNames.IsValid(user.UserName) || UserNames.Normalize(user.UserName) != Key)
                {
                    throw new InvalidInputException("API-INPUT", "userName", Sentence.Of("refusal.account.user-name", "A user name has 2 to 64 letters, digits or . _ - @."));
                }

                if (string.IsNullOrWhiteSpace(user.DisplayName))
                {
                    throw new InvalidInputException("API-INPUT", "displayName", Sentence.Of("refusal.account.display-name", "A display name is required."));
                }

                if (user.Email is { } email && (!email.Contains('@', StringComparison.Ordinal) || email.Trim().Length < 3))
                {
                    throw new InvalidInputException("API-INPUT", "email", Sentence.Of("refusal.account.email", "The e-mail address is not valid."));
                }

                await RequireReach(user);
                NewEvents(draft);
                draft.UserName = Key;
                draft.DisplayName = user.DisplayName.Trim();
                draft.Role = user.Role;
                draft.CustomerId = user.Role == Role.Customer ? user.CustomerId : null;
                draft.StationId = user.Role == Role.ServiceStation ? user.StationId : null;
                draft.EngineerId = user.Role == Role.ServiceEngineer ? user.EngineerId : null;
                draft.Email = string.IsNullOrWhiteSpace(user.Email) ? null : user.Email.Trim();
                draft.Phone = string.IsNullOrWhiteSpace(user.Phone) ? null : user.Phone.Trim();
                draft.ExternalSubject = string.IsNullOrWhiteSpace(user.ExternalSubject) ? null : user.ExternalSubject.Trim();
                draft.CreatedAt = Now;
                var link = NewLink(draft, LinkPurpose.Invitation, linkBase);
                draft.NewEvents.Add(new AccountEvent(Now, AccountEventKind.Invited, command.By.UserId));
                if (draft.Email is { } to)
                {
                    draft.NewMails.Add(new AccountMail(EventTypes.AccountInvitation, to, link));
                }

                return new AccountCreated(View(draft), draft.Email, draft.Email is null ? link : null);
            },
            null,
            created => created);

    public Task<UserView> Disable(Command<AccountChange> command) => Toggle(command, AccountOperation.Disable, disabled: true);

    public Task<UserView> Enable(Command<AccountChange> command) => Toggle(command, AccountOperation.Enable, disabled: false);

    private Task<UserView> Toggle(Command<AccountChange> command, AccountOperation operation, bool disabled) =>
        Pipeline.Run(
            command.Request(operation),
            draft =>
            {
                RequireExists(draft);
                AccessPolicy.Require(command.By, KindOf(draft.Role), Owner.Nobody);
                NewEvents(draft);
                if (draft.Disabled != disabled)
                {
                    draft.Disabled = disabled;
                    // Disabling ends every session and refresh token at once; enabling starts no old one again.
                    draft.Stamp++;
                    draft.Failures = 0;
                    draft.LockedUntil = null;
                    draft.NewEvents.Add(new AccountEvent(Now, disabled ? AccountEventKind.Disabled : AccountEventKind.Enabled, command.By.UserId, command.Body.From));
                }

                return Task.FromResult(View(draft));
            },
            null,
            view => view);

    public async Task<SignInAnswer> SignIn(PasswordAttempt attempt)
    {
        if (!S.Exists)
        {
            // As slow as a real check, and nothing written: an unknown name looks like a wrong password.
            Passwords.Verify(null, attempt.Password);
            return SignInAnswer.Refused;
        }

        return await Step(
            draft =>
            {
                if (Refusable(draft, attempt.From) is { } refused)
                {
                    Passwords.Verify(null, attempt.Password);
                    return refused;
                }

                if (!Passwords.Verify(draft.PasswordHash, attempt.Password))
                {
                    return Fail(draft, attempt.From, "wrong password");
                }

                draft.Failures = 0;
                if (draft.TotpSecret is not null)
                {
                    return new SignInAnswer(SignInOutcome.SecondFactorRequired, Stamp: draft.Stamp);
                }

                if (Settings.RequiresSecondFactor(draft.Role))
                {
                    return new SignInAnswer(SignInOutcome.EnrolmentRequired, Stamp: draft.Stamp);
                }

                return SignedIn(draft, attempt.From, null);
            });
    }

    public async Task<SignInAnswer> VerifySecondFactor(SecondFactorAttempt attempt)
    {
        if (!S.Exists || S.TotpSecret is null)
        {
            return SignInAnswer.Refused;
        }

        return await Step(
            draft =>
            {
                if (Refusable(draft, attempt.From) is { } refused || attempt.Stamp != draft.Stamp)
                {
                    return SignInAnswer.Refused;
                }

                if (SecondFactor.Match(draft.TotpSecret!, attempt.Code, Now) is { } step && step > draft.LastTotpStep)
                {
                    draft.LastTotpStep = step;
                    return SignedIn(draft, attempt.From, "second factor");
                }

                var recovery = Passwords.Sha256(SecondFactor.NormalizeRecoveryCode(attempt.Code));
                if (draft.RecoveryCodeHashes.FindIndex(h => Passwords.SameHash(h, recovery)) is var used and >= 0)
                {
                    // A recovery code works once.
                    draft.RecoveryCodeHashes.RemoveAt(used);
                    return SignedIn(draft, attempt.From, "recovery code");
                }

                return Fail(draft, attempt.From, "wrong code");
            });
    }

    public Task<TotpEnrolment> BeginEnrolment(int stamp) =>
        // The secret shown stays the same until its first code is entered (a reload shows the one already scanned).
        S.Exists && !S.Disabled && S.Stamp == stamp && S.PendingTotpSecret is { } pending
            ? Task.FromResult(new TotpEnrolment(pending, SecondFactor.Uri(Settings.TotpIssuer, S.UserName!, pending)))
            : Step(
            draft =>
            {
                RequireSession(draft, stamp);
                draft.PendingTotpSecret = SecondFactor.NewSecret();
                return new TotpEnrolment(draft.PendingTotpSecret, SecondFactor.Uri(Settings.TotpIssuer, draft.UserName!, draft.PendingTotpSecret));
            });

    public Task<EnrolmentDone> CompleteEnrolment(SecondFactorAttempt attempt) =>
        Step(
            draft =>
            {
                RequireSession(draft, attempt.Stamp);
                if (draft.PendingTotpSecret is not { } secret || SecondFactor.Match(secret, attempt.Code, Now) is not { } step)
                {
                    throw new InvalidInputException(SecondFactorRule, "code", Sentence.Of("refusal.account.code", "The code is not right: enter the 6 digits your authenticator app shows now."));
                }

                var codes = SecondFactor.NewRecoveryCodes();
                draft.TotpSecret = secret;
                draft.PendingTotpSecret = null;
                draft.LastTotpStep = step;
                draft.RecoveryCodeHashes = [.. codes.Select(c => Passwords.Sha256(SecondFactor.NormalizeRecoveryCode(c)))];
                // Sessions begun without the second factor end with it.
                draft.Stamp++;
                return new EnrolmentDone(codes, SignedIn(draft, attempt.From, "second factor set up").Identity!);
            });

    public Task<SessionIdentity> RemoveSecondFactor(PasswordChange change) =>
        Step(
            draft =>
            {
                RequireSession(draft, change.Stamp);
                RequireCurrentPassword(draft, change.CurrentPassword);
                if (Settings.RequiresSecondFactor(draft.Role))
                {
                    throw new RuleViolationException(SecondFactorRule, Sentence.Of("refusal.account.second-factor-required", "This role signs in with a second factor; it cannot be turned off."));
                }

                draft.TotpSecret = null;
                draft.RecoveryCodeHashes = [];
                draft.Stamp++;
                return Identity(draft);
            });

    public Task SetPassword(PasswordLink link) =>
        Step(
            draft =>
            {
                // One refusal for a link that never was, was used, expired, or whose account is disabled.
                if (!draft.Exists || draft.Disabled || draft.LinkPurpose != link.Purpose || draft.LinkExpires is not { } expires || expires <= Now
                    || !Passwords.SameHash(draft.LinkHash, Passwords.Sha256(link.Secret)))
                {
                    throw new RuleViolationException(LinkRule, Sentence.Of("refusal.account.link", "This link was used already or has expired; ask for a new one."));
                }

                Passwords.RequireStrong(link.Password, link.ConfirmPassword, draft.UserName!);
                draft.PasswordHash = Passwords.Hash(link.Password);
                draft.LinkPurpose = null;
                draft.LinkHash = null;
                draft.LinkExpires = null;
                draft.Failures = 0;
                draft.LockedUntil = null;
                draft.Stamp++;
                draft.NewEvents.Add(new AccountEvent(Now, AccountEventKind.PasswordSet, null, link.From, link.Purpose.ToString()));
                return true;
            });

    public async Task RequestReset(string linkBase, string? from)
    {
        if (!S.Exists || S.Disabled || S.Email is null)
        {
            return;
        }

        await Step(
            draft =>
            {
                var link = NewLink(draft, LinkPurpose.Reset, linkBase);
                draft.NewEvents.Add(new AccountEvent(Now, AccountEventKind.Reset, null, from));
                draft.NewMails.Add(new AccountMail(EventTypes.AccountReset, draft.Email!, link));
                return true;
            });
    }

    public Task<SessionIdentity> ChangePassword(PasswordChange change) =>
        Step(
            draft =>
            {
                RequireSession(draft, change.Stamp);
                RequireCurrentPassword(draft, change.CurrentPassword);
                Passwords.RequireStrong(change.NewPassword, change.ConfirmPassword, draft.UserName!, "newPassword");
                draft.PasswordHash = Passwords.Hash(change.NewPassword);
                // Every other session ends; the one that changed it goes on with the new stamp.
                draft.Stamp++;
                draft.NewEvents.Add(new AccountEvent(Now, AccountEventKind.PasswordSet, draft.UserName, change.From, "changed"));
                return Identity(draft);
            });

    public Task<SessionIdentity?> Session(int stamp) =>
        Task.FromResult(S.Exists && !S.Disabled && S.Stamp == stamp ? Identity(S) : null);

    public async Task<SignInAnswer> SignInExternal(ExternalSignIn signIn)
    {
        if (!S.Exists || S.Disabled || (S.ExternalSubject is { } kept && kept != signIn.Subject))
        {
            return SignInAnswer.Refused;
        }

        return await Step(
            draft =>
            {
                draft.ExternalSubject = signIn.Subject;
                if (signIn.Role is { } role && role != draft.Role)
                {
                    // The role is the identity provider's: the account follows it, and its history says so.
                    draft.NewEvents.Add(new AccountEvent(Now, AccountEventKind.RoleChanged, "identity provider", signIn.From, $"{draft.Role} -> {role}"));
                    draft.Role = role;
                    draft.Stamp++;
                }

                return SignedIn(draft, signIn.From, "company account");
            });
    }

    // A disabled or locked account is refused before its password is checked; a lock that ended is lifted.
    private SignInAnswer? Refusable(UserAccountState draft, string? from)
    {
        if (draft.Disabled)
        {
            draft.NewEvents.Add(new AccountEvent(Now, AccountEventKind.Failed, null, from, "disabled"));
            return SignInAnswer.Refused;
        }

        if (draft.LockedUntil is { } until)
        {
            if (until > Now)
            {
                draft.NewEvents.Add(new AccountEvent(Now, AccountEventKind.Failed, null, from, "locked"));
                return SignInAnswer.Refused;
            }

            draft.LockedUntil = null;
            draft.Failures = 0;
            draft.NewEvents.Add(new AccountEvent(until, AccountEventKind.Unlocked));
        }

        return null;
    }

    private SignInAnswer Fail(UserAccountState draft, string? from, string why)
    {
        draft.Failures++;
        draft.NewEvents.Add(new AccountEvent(Now, AccountEventKind.Failed, null, from, why));
        if (draft.Failures >= Settings.LockoutFailures)
        {
            draft.Failures = 0;
            draft.LockedUntil = Now.AddMinutes(Settings.LockoutMinutes);
            draft.NewEvents.Add(new AccountEvent(Now, AccountEventKind.LockedOut, null, from));
        }

        return SignInAnswer.Refused;
    }

    private SignInAnswer SignedIn(UserAccountState draft, string? from, string? how)
    {
        draft.Failures = 0;
        draft.NewEvents.Add(new AccountEvent(Now, AccountEventKind.SignedIn, null, from, how));
        return new SignInAnswer(SignInOutcome.SignedIn, Identity(draft), draft.Stamp);
    }

    private void RequireCurrentPassword(UserAccountState draft, string password)
    {
        if (!Passwords.Verify(draft.PasswordHash, password))
        {
            throw new InvalidInputException(Passwords.RuleId, "currentPassword", Sentence.Of("refusal.account.current-password", "The current password is not right."));
        }
    }

    // A step of a signed-in person (or one half-way through signing in) holds the account's current stamp.
    private void RequireSession(UserAccountState draft, int stamp)
    {
        if (!draft.Exists || draft.Disabled || draft.Stamp != stamp)
        {
            throw new ForbiddenException(SecondFactorRule, Sentence.Of("refusal.account.session", "Your session has ended; sign in again."));
        }
    }

    private void RequireExists(UserAccountState draft)
    {
        if (!draft.Exists)
        {
            throw new NotFoundException("User", Key);
        }
    }

    private string NewLink(UserAccountState draft, LinkPurpose purpose, string linkBase)
    {
        var secret = Passwords.NewSecret();
        draft.LinkPurpose = purpose;
        draft.LinkHash = Passwords.Sha256(secret);
        draft.LinkExpires = Now.AddHours(Settings.LinkHours);
        var path = purpose == LinkPurpose.Invitation ? "invitation" : "reset";
        return $"{linkBase.TrimEnd('/')}/account/{path}/{AccountLinks.Code(draft.UserName!, secret)}";
    }

    private async Task RequireReach(NewUser user)
    {
        var (field, id) = user.Role switch
        {
            Role.Customer => ("customerId", user.CustomerId),
            Role.ServiceStation => ("stationId", user.StationId),
            Role.ServiceEngineer => ("engineerId", user.EngineerId),
            _ => (null, null),
        };
        if (field is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            throw new InvalidInputException("API-INPUT", field, Sentence.Of("refusal.account.reach", $"A {user.Role}'s account names its {field}.", Phrase.EnumArg(user.Role), field));
        }

        // Whom the account reaches exists: a customer's people, a station's, an engineer's own user.
        _ = user.Role switch
        {
            Role.Customer => (object)await GrainFactory.GetGrain<ICustomerGrain>(id).Get(),
            Role.ServiceStation => await GrainFactory.GetGrain<IServiceStationGrain>(id).Get(),
            _ => await GrainFactory.GetGrain<IEngineerGrain>(id).Get(),
        };
    }

    private static Enum KindOf(Role role) => role == Role.Customer ? AccountKind.Customer : AccountKind.Other;

    /// <summary>A step of the account's own (no caller's command): the rule on a draft with no history lines or mails yet, then the write.</summary>
    private Task<T> Step<T>(Func<UserAccountState, T> rule) =>
        Pipeline.Apply(
            draft =>
            {
                NewEvents(draft);
                return Task.FromResult(rule(draft));
            },
            null,
            answer => answer);

    private static void NewEvents(UserAccountState draft)
    {
        draft.NewEvents = [];
        draft.NewMails = [];
    }

    private static SessionIdentity Identity(UserAccountState s) =>
        new(s.UserName!, s.Subject, s.Role, s.CustomerId, s.StationId, s.DisplayName, s.Stamp);

    public static UserView View(UserAccountState s) => new(
        s.UserName!, s.DisplayName, s.Role, s.CustomerId, s.StationId, s.EngineerId, s.Email, s.Phone, s.Disabled, s.PasswordHash is not null,
        s.TotpSecret is not null, s.LockedUntil, s.CreatedAt, s.ExternalSubject);

    /// <summary>What a write tells the read models: the account's line in the list, its new history lines, its mails.</summary>
    private IReadOnlyList<OutboxMessage> Outbox(UserAccountState s)
    {
        if (!s.Exists)
        {
            return [];
        }

        s.OutboxVersion++;
        var messages = new List<OutboxMessage>
        {
            OutboxJson.Message(OutboxKinds.User, s.UserName!, s.OutboxVersion, View(s)),
        };
        foreach (var e in s.NewEvents)
        {
            var seq = ++s.HistoryCount;
            messages.Add(OutboxJson.Message(OutboxKinds.AccountHistory, $"{s.UserName}/{seq}", seq, new AccountHistoryLine(s.UserName!, seq, e)));
        }

        foreach (var mail in s.NewMails)
        {
            var id = $"account:{s.UserName}:{s.OutboxVersion}:{mail.Type}";
            messages.Add(OutboxJson.Message(OutboxKinds.Event, id, 0, new NotificationEvent(
                id, mail.Type, $"account:{s.UserName}", Now, "", "", null, null, Text: s.DisplayName, DueAt: s.LinkExpires, To: mail.To, Link: mail.Link)));
        }

        return messages;
    }
}
