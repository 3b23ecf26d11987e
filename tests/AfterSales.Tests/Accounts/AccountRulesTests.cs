using AfterSales.GrainInterfaces.Accounts;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Grains.Accounts;
using AfterSales.Tests.Cluster;
using OtpNet;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Accounts;

/// <summary>
/// People's accounts on the real cluster (docs/api.md "Accounts and sign-in"): invitations and passwords, one answer for
/// every refused sign-in, the lockout on the rules' clock, the second factor with codes the test computes, and a
/// disabled account's sessions ending at once.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AccountRulesTests(ClusterFixture fixture)
{
    public const string Password = "Mixer-drum-2026!";

    private static string NewName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..14];

    private IUserAccountGrain Account(string name) => fixture.Grains.GetGrain<IUserAccountGrain>(name);

    /// <summary>A new account of the role whose invitation has set <see cref="Password"/>.</summary>
    public static async Task<IUserAccountGrain> WithPassword(IGrainFactory grains, string name, Role role, Actor? by = null, string? customerId = null, string? engineerId = null)
    {
        var account = grains.GetGrain<IUserAccountGrain>(name);
        var created = await account.Create((by ?? Manager).By(new NewUser(name, $"Person {name}", role, customerId, EngineerId: engineerId)), "http://localhost");
        var link = AccountLinks.Read(created.InvitationUrl!.Split("/account/invitation/")[1])!.Value;
        await account.SetPassword(new PasswordLink(LinkPurpose.Invitation, link.Secret, Password, Password, "127.0.0.1"));
        return account;
    }

    private async Task<List<AccountEvent>> History(string name) => [.. (await fixture.ReadModel.AccountHistory(name, 200, null)).Items];

    [Fact]
    public async Task An_invitation_link_sets_the_password_once_and_is_refused_after()
    {
        var name = NewName("desk");
        var created = await Account(name).Create(Manager.By(new NewUser(name, "Li Na", Role.ServiceAssistant)), "https://service.example");
        Assert.Null(created.SentTo);
        Assert.StartsWith("https://service.example/account/invitation/", created.InvitationUrl);
        Assert.False(created.User.PasswordSet);
        var link = AccountLinks.Read(created.InvitationUrl!.Split("/account/invitation/")[1])!.Value;
        Assert.Equal(name, link.UserName);

        await Account(name).SetPassword(new PasswordLink(LinkPurpose.Invitation, link.Secret, Password, Password, "10.0.0.7"));
        Assert.True((await Account(name).Get())!.PasswordSet);
        var again = await Assert.ThrowsAsync<RuleViolationException>(() =>
            Account(name).SetPassword(new PasswordLink(LinkPurpose.Invitation, link.Secret, "Another-pass-2026", "Another-pass-2026", null)));
        Assert.Equal(UserAccountGrain.LinkRule, again.RuleId);
        Refusals.Said(again);
        Assert.Equal(SignInOutcome.SignedIn, (await Account(name).SignIn(new PasswordAttempt(Password, null))).Outcome);

        var history = await History(name);
        Assert.Equal([AccountEventKind.SignedIn, AccountEventKind.PasswordSet, AccountEventKind.Invited], history.Select(h => h.Kind));
        Assert.Equal(Manager.UserId, history[2].By);
        Assert.Equal("10.0.0.7", history[1].From);
    }

    [Fact]
    public async Task An_invitation_expires_after_24_hours()
    {
        var name = NewName("late");
        var created = await Account(name).Create(Manager.By(new NewUser(name, "Late Comer", Role.QualityDepartment)), "http://localhost");
        var link = AccountLinks.Read(created.InvitationUrl!.Split("/account/invitation/")[1])!.Value;
        ClusterFixture.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        var refusal = await Assert.ThrowsAsync<RuleViolationException>(() =>
            Account(name).SetPassword(new PasswordLink(LinkPurpose.Invitation, link.Secret, Password, Password, null)));
        Assert.Equal(UserAccountGrain.LinkRule, refusal.RuleId);
        Assert.False((await Account(name).Get())!.PasswordSet);
    }

    [Theory]
    [InlineData("short-1", "short-1", "password")]
    [InlineData("1234567890", "1234567890", "password")]
    [InlineData("qwertyuiop", "qwertyuiop", "password")]
    [InlineData("aaaaaaaaaaaa", "aaaaaaaaaaaa", "password")]
    [InlineData("Mixer-drum-2026!", "Mixer-drum-2026?", "confirmPassword")]
    public async Task A_weak_password_is_refused_with_its_field_and_the_link_still_works(string password, string confirm, string field)
    {
        var name = NewName("weak");
        var created = await Account(name).Create(Manager.By(new NewUser(name, "Zhou Wei", Role.Warehouse)), "http://localhost");
        var link = AccountLinks.Read(created.InvitationUrl!.Split("/account/invitation/")[1])!.Value;

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Account(name).SetPassword(new PasswordLink(LinkPurpose.Invitation, link.Secret, password, confirm, null)));
        Assert.Equal(Passwords.RuleId, refusal.RuleId);
        Assert.Equal(field, refusal.Field);
        Refusals.Said(refusal);
        Assert.False((await Account(name).Get())!.PasswordSet);

        await Account(name).SetPassword(new PasswordLink(LinkPurpose.Invitation, link.Secret, Password, Password, null));
        Assert.True((await Account(name).Get())!.PasswordSet);
    }

    [Fact]
    public async Task A_password_containing_the_user_name_is_refused()
    {
        var name = NewName("zhang");
        var created = await Account(name).Create(Manager.By(new NewUser(name, "Zhang San", Role.Marketing)), "http://localhost");
        var link = AccountLinks.Read(created.InvitationUrl!.Split("/account/invitation/")[1])!.Value;
        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Account(name).SetPassword(new PasswordLink(LinkPurpose.Invitation, link.Secret, $"{name}-2026", $"{name}-2026", null)));
        Assert.Equal("password", refusal.Field);
    }

    [Fact]
    public async Task An_unknown_user_and_a_wrong_password_get_the_same_answer_and_an_unknown_user_writes_nothing()
    {
        var name = NewName("known");
        await WithPassword(fixture.Grains, name, Role.PartsSalesman);
        var unknown = NewName("nobody");

        var wrong = await Account(name).SignIn(new PasswordAttempt("Not-the-password-1", "10.1.1.1"));
        var nobody = await Account(unknown).SignIn(new PasswordAttempt("Not-the-password-1", "10.1.1.1"));

        Assert.Equal(wrong, nobody);
        Assert.Equal(SignInOutcome.Refused, nobody.Outcome);
        Assert.Null(await Account(unknown).Get());
        Assert.Empty(await History(unknown));
        Assert.Equal(AccountEventKind.Failed, (await History(name))[0].Kind);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_15_minutes_even_for_the_right_password_and_it_unlocks_on_the_clock()
    {
        var name = NewName("lock");
        var account = await WithPassword(fixture.Grains, name, Role.ServiceAssistant);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(SignInOutcome.Refused, (await account.SignIn(new PasswordAttempt($"wrong-password-{i}", "10.2.2.2"))).Outcome);
        }

        Assert.NotNull((await account.Get())!.LockedUntil);
        Assert.Equal(SignInOutcome.Refused, (await account.SignIn(new PasswordAttempt(Password, "10.2.2.2"))).Outcome);
        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(SignInOutcome.Refused, (await account.SignIn(new PasswordAttempt(Password, "10.2.2.2"))).Outcome);

        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var signedIn = await account.SignIn(new PasswordAttempt(Password, "10.2.2.2"));
        Assert.Equal(SignInOutcome.SignedIn, signedIn.Outcome);
        Assert.Null((await account.Get())!.LockedUntil);

        var kinds = (await History(name)).Select(h => h.Kind).ToList();
        Assert.Equal(
            [AccountEventKind.SignedIn, AccountEventKind.Unlocked, AccountEventKind.Failed, AccountEventKind.Failed, AccountEventKind.LockedOut],
            kinds.Take(5));
        Assert.Equal(5 + 2, kinds.Count(k => k == AccountEventKind.Failed));
    }

    [Fact]
    public async Task A_manager_must_set_up_a_second_factor_then_signs_in_with_a_code_never_the_same_code_twice_and_a_recovery_code_once()
    {
        var name = NewName("mgr");
        var account = await WithPassword(fixture.Grains, name, Role.ServiceManager);

        var first = await account.SignIn(new PasswordAttempt(Password, null));
        Assert.Equal(SignInOutcome.EnrolmentRequired, first.Outcome);
        Assert.Null(first.Identity);
        var enrolment = await account.BeginEnrolment(first.Stamp);
        Assert.Equal(enrolment, await account.BeginEnrolment(first.Stamp));
        Assert.StartsWith("otpauth://totp/AfterSales:", enrolment.Uri);
        Assert.Contains($"secret={enrolment.Secret}", enrolment.Uri);

        var wrong = await Assert.ThrowsAsync<InvalidInputException>(() => account.CompleteEnrolment(new SecondFactorAttempt("000000", first.Stamp, null)));
        Refusals.Said(wrong);
        var done = await account.CompleteEnrolment(new SecondFactorAttempt(Code(enrolment.Secret), first.Stamp, null));
        Assert.Equal(10, done.RecoveryCodes.Count);
        Assert.Equal(Role.ServiceManager, done.Identity.Role);
        Assert.Null(await account.Session(first.Stamp));
        Assert.NotNull(await account.Session(done.Identity.Stamp));

        var second = await account.SignIn(new PasswordAttempt(Password, null));
        Assert.Equal(SignInOutcome.SecondFactorRequired, second.Outcome);
        // The code just used at enrolment is refused; the next one is taken once.
        Assert.Equal(SignInOutcome.Refused, (await account.VerifySecondFactor(new SecondFactorAttempt(Code(enrolment.Secret), second.Stamp, null))).Outcome);
        ClusterFixture.Clock.Advance(TimeSpan.FromSeconds(31));
        var code = Code(enrolment.Secret);
        Assert.Equal(SignInOutcome.SignedIn, (await account.VerifySecondFactor(new SecondFactorAttempt(code, second.Stamp, null))).Outcome);
        Assert.Equal(SignInOutcome.Refused, (await account.VerifySecondFactor(new SecondFactorAttempt(code, second.Stamp, null))).Outcome);

        var recovery = done.RecoveryCodes[3];
        Assert.Equal(SignInOutcome.SignedIn, (await account.VerifySecondFactor(new SecondFactorAttempt(recovery.ToUpperInvariant(), second.Stamp, null))).Outcome);
        Assert.Equal(SignInOutcome.Refused, (await account.VerifySecondFactor(new SecondFactorAttempt(recovery, second.Stamp, null))).Outcome);
        Assert.True((await account.Get())!.SecondFactor);
    }

    [Fact]
    public async Task A_required_second_factor_cannot_be_turned_off_an_optional_one_can()
    {
        var leader = await WithPassword(fixture.Grains, NewName("lead"), Role.CompanyLeader);
        var stamp = (await leader.SignIn(new PasswordAttempt(Password, null))).Stamp;
        var secret = (await leader.BeginEnrolment(stamp)).Secret;
        var identity = (await leader.CompleteEnrolment(new SecondFactorAttempt(Code(secret), stamp, null))).Identity;
        var refusal = await Assert.ThrowsAsync<RuleViolationException>(() => leader.RemoveSecondFactor(new PasswordChange(Password, "", "", identity.Stamp, null)));
        Assert.Equal(UserAccountGrain.SecondFactorRule, refusal.RuleId);
        Refusals.Said(refusal);

        var tech = await WithPassword(fixture.Grains, NewName("tech"), Role.TechnicalDepartment);
        var session = (await tech.SignIn(new PasswordAttempt(Password, null))).Identity!;
        secret = (await tech.BeginEnrolment(session.Stamp)).Secret;
        var on = (await tech.CompleteEnrolment(new SecondFactorAttempt(Code(secret), session.Stamp, null))).Identity;
        await tech.RemoveSecondFactor(new PasswordChange(Password, "", "", on.Stamp, null));
        Assert.False((await tech.Get())!.SecondFactor);
        Assert.Equal(SignInOutcome.SignedIn, (await tech.SignIn(new PasswordAttempt(Password, null))).Outcome);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_sessions_at_once_and_refuses_its_password_until_enabled()
    {
        var name = NewName("gone");
        var account = await WithPassword(fixture.Grains, name, Role.SalesDepartment);
        var session = (await account.SignIn(new PasswordAttempt(Password, null))).Identity!;
        Assert.Equal(session, await account.Session(session.Stamp));

        var disabled = await account.Disable(Manager.By(new AccountChange("10.3.3.3")));
        Assert.True(disabled.Disabled);
        Assert.Null(await account.Session(session.Stamp));
        Assert.Equal(SignInOutcome.Refused, (await account.SignIn(new PasswordAttempt(Password, null))).Outcome);

        await account.Enable(Manager.By(new AccountChange(null)));
        Assert.Null(await account.Session(session.Stamp));
        Assert.Equal(SignInOutcome.SignedIn, (await account.SignIn(new PasswordAttempt(Password, null))).Outcome);
        var history = await History(name);
        Assert.Contains(history, h => h.Kind == AccountEventKind.Disabled && h.By == Manager.UserId && h.From == "10.3.3.3");
        Assert.Contains(history, h => h.Kind == AccountEventKind.Enabled);
    }

    [Fact]
    public async Task The_desk_creates_and_disables_customers_people_only_and_a_customer_account_reaches_its_customer()
    {
        var s = await new Scenario(fixture.Grains).WithCustomer();
        var name = NewName("cust");
        var customer = await WithPassword(fixture.Grains, name, Role.Customer, Assistant, s.CustomerId);
        var identity = (await customer.SignIn(new PasswordAttempt(Password, null))).Identity!;
        Assert.Equal((Role.Customer, s.CustomerId, name), (identity.Role, identity.CustomerId, identity.Subject));

        var staff = NewName("staff");
        var refusal = await Assert.ThrowsAsync<ForbiddenException>(() =>
            Account(staff).Create(Assistant.By(new NewUser(staff, "Someone", Role.ServiceManager)), "http://localhost"));
        Refusals.Said(refusal);
        Assert.Null(await Account(staff).Get());
        var manager = await WithPassword(fixture.Grains, NewName("m"), Role.Warehouse);
        await Assert.ThrowsAsync<ForbiddenException>(() => manager.Disable(Assistant.By(new AccountChange(null))));
        Assert.True((await customer.Disable(Assistant.By(new AccountChange(null)))).Disabled);

        var orphan = NewName("orph");
        await Assert.ThrowsAsync<NotFoundException>(() =>
            Account(orphan).Create(Manager.By(new NewUser(orphan, "No One", Role.Customer, CustomerId: "C-none")), "http://localhost"));
        var noReach = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Account(orphan).Create(Manager.By(new NewUser(orphan, "No One", Role.Customer)), "http://localhost"));
        Assert.Equal("customerId", noReach.Field);
        Refusals.Said(noReach);
    }

    [Fact]
    public async Task An_engineers_user_is_that_engineer()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var account = await WithPassword(fixture.Grains, NewName("eng"), Role.ServiceEngineer, engineerId: s.EngineerId);
        var identity = (await account.SignIn(new PasswordAttempt(Password, null))).Identity!;
        Assert.Equal(s.EngineerId, identity.Subject);
    }

    [Fact]
    public async Task A_second_account_of_a_user_name_is_refused()
    {
        var name = NewName("twice");
        await Account(name).Create(Manager.By(new NewUser(name, "First", Role.Marketing)), "http://localhost");
        var refusal = await Assert.ThrowsAsync<RuleViolationException>(() =>
            Account(name).Create(Manager.By(new NewUser(name, "Second", Role.Marketing)), "http://localhost"));
        Assert.Equal(RuleIds.IdExists, refusal.RuleId);
        Assert.Equal("First", (await Account(name).Get())!.DisplayName);
    }

    private static string Code(string secret) =>
        new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(ClusterFixture.Clock.GetUtcNow().UtcDateTime);
}
