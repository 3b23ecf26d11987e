using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>
/// A person's account (docs/api.md "Accounts and sign-in"): who they are, the one role they hold and what it reaches,
/// their password, second factor, lockout and the single-use links that set a password. Key: the user name, as
/// <see cref="UserNames.Normalize"/> writes it. Sign-in attempts come from no caller: the grain guards itself.
/// </summary>
[Alias("AfterSales.IUserAccountGrain")]
public interface IUserAccountGrain : IGrainWithStringKey
{
    /// <param name="linkBase">The absolute base of the invitation link (<c>App:PublicUrl</c>, else the request's host).</param>
    [Alias("Create")]
    Task<AccountCreated> Create(Command<NewUser> command, string linkBase);

    [Alias("Get"), Orleans.Concurrency.ReadOnly]
    Task<UserView?> Get();

    /// <summary>Ends every session and refresh token of the account at once (its session stamp moves).</summary>
    [Alias("Disable")]
    Task<UserView> Disable(Command<AccountChange> command);

    [Alias("Enable")]
    Task<UserView> Enable(Command<AccountChange> command);

    [Alias("SignIn")]
    Task<SignInAnswer> SignIn(PasswordAttempt attempt);

    /// <summary>The second step of a sign-in whose password was right: a TOTP code or a recovery code.</summary>
    [Alias("VerifySecondFactor")]
    Task<SignInAnswer> VerifySecondFactor(SecondFactorAttempt attempt);

    /// <summary>A new TOTP secret awaiting its first code (an account in the middle of signing in, or signed in).</summary>
    [Alias("BeginEnrolment")]
    Task<TotpEnrolment> BeginEnrolment(int stamp);

    /// <summary>The first code of the pending secret turns the second factor on; answers the recovery codes, shown once.</summary>
    [Alias("CompleteEnrolment")]
    Task<EnrolmentDone> CompleteEnrolment(SecondFactorAttempt attempt);

    /// <summary>Turns the second factor off (for a role that does not require one), with the password.</summary>
    [Alias("RemoveSecondFactor")]
    Task<SessionIdentity> RemoveSecondFactor(PasswordChange change);

    /// <summary>Sets the password through an invitation or reset link (single use, until it expires).</summary>
    [Alias("SetPassword")]
    Task SetPassword(PasswordLink link);

    /// <summary>"Forgot password": a new reset link, mailed when the account has an address; nothing is told the caller.</summary>
    [Alias("RequestReset")]
    Task RequestReset(string linkBase, string? from);

    [Alias("ChangePassword")]
    Task<SessionIdentity> ChangePassword(PasswordChange change);

    /// <summary>The session's identity while the account is enabled and the session's stamp is current; else null.</summary>
    [Alias("Session"), Orleans.Concurrency.ReadOnly]
    Task<SessionIdentity?> Session(int stamp);

    /// <summary>A sign-in through the company's identity provider, matched to this account (its subject is kept).</summary>
    [Alias("SignInExternal")]
    Task<SignInAnswer> SignInExternal(ExternalSignIn signIn);
}
