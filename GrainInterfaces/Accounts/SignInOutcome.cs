namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>What a sign-in step came to.</summary>
public enum SignInOutcome
{
    /// <summary>Signed in: <see cref="SignInAnswer.Identity"/> is the session's.</summary>
    SignedIn,

    /// <summary>The password was right; a TOTP or recovery code comes next.</summary>
    SecondFactorRequired,

    /// <summary>The password was right; the role requires a second factor the account has not set up yet.</summary>
    EnrolmentRequired,

    /// <summary>
    /// Not signed in: an unknown user, a wrong password or code, a disabled or locked account — one answer for all, so
    /// that no one learns which user names exist.
    /// </summary>
    Refused,
}
