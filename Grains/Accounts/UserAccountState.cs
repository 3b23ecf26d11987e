using System.Text.Json.Serialization;
using AfterSales.GrainInterfaces.Accounts;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Grains.Accounts;

/// <summary>
/// An account's state. Secrets are kept only as what checks them: the password as ASP.NET Core Identity's hash, links
/// and recovery codes as SHA-256 hashes; the TOTP secret itself, which the codes are computed from. The history is not
/// here: each line goes through the outbox to its own table (a person signs in for years).
/// </summary>
[GenerateSerializer, Alias("AfterSales.UserAccountState")]
public sealed class UserAccountState
{
    [Id(0)] public string? UserName { get; set; }

    [Id(1)] public string DisplayName { get; set; } = "";

    [Id(2)] public Role Role { get; set; }

    [Id(3)] public string? CustomerId { get; set; }

    [Id(4)] public string? StationId { get; set; }

    [Id(5)] public string? EngineerId { get; set; }

    [Id(6)] public string? Email { get; set; }

    [Id(7)] public string? Phone { get; set; }

    [Id(8)] public string? ExternalSubject { get; set; }

    [Id(9)] public DateTimeOffset CreatedAt { get; set; }

    [Id(10)] public string? PasswordHash { get; set; }

    [Id(11)] public bool Disabled { get; set; }

    /// <summary>Moves whenever every session and refresh token must end: disabled, a new password, a second factor changed.</summary>
    [Id(12)] public int Stamp { get; set; }

    /// <summary>Failed attempts since the last sign-in or lockout.</summary>
    [Id(13)] public int Failures { get; set; }

    [Id(14)] public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>The base32 TOTP secret once the second factor is on.</summary>
    [Id(15)] public string? TotpSecret { get; set; }

    /// <summary>A secret shown for enrolment, on once its first code is entered.</summary>
    [Id(16)] public string? PendingTotpSecret { get; set; }

    /// <summary>The last TOTP time step accepted: a code is never accepted twice.</summary>
    [Id(17)] public long LastTotpStep { get; set; }

    [Id(18)] public List<string> RecoveryCodeHashes { get; set; } = [];

    [Id(19)] public LinkPurpose? LinkPurpose { get; set; }

    [Id(20)] public string? LinkHash { get; set; }

    [Id(21)] public DateTimeOffset? LinkExpires { get; set; }

    /// <summary>The version of the account's projection, and the number of its history lines.</summary>
    [Id(22)] public long OutboxVersion { get; set; }

    [Id(23)] public long HistoryCount { get; set; }

    /// <summary>The history lines and mails of the command running now: what its write sends through the outbox.</summary>
    [JsonIgnore, NonSerialized] public List<AccountEvent> NewEvents = [];

    [JsonIgnore, NonSerialized] public List<AccountMail> NewMails = [];

    public bool Exists => UserName is not null;

    /// <summary>An engineer's user is that engineer: its subject is the engineer's id.</summary>
    public string Subject => AccountSubject.Of(UserName!, Role, EngineerId);
}
