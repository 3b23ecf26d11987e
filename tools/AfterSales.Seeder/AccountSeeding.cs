using System.Security.Cryptography;
using AfterSales.GrainInterfaces.Accounts;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Grains.Accounts;
using static AfterSales.Seeder.DemoPeople;

namespace AfterSales.Seeder;

/// <summary>
/// An account for each of the demo's people, made as the service manager makes one (its invitation link then sets the
/// password), all with one demo password the seed prints once: the staff by role (<c>assistant</c>, <c>manager</c>,
/// ...), every engineer (<c>engineer-001</c> is the engineer E-demo-001), every station's desk (<c>station-1</c>) and a
/// person of each of the first <see cref="CustomersWithAccounts"/> customers (<c>customer-001</c>). Each password is
/// hashed as a real one is (PBKDF2, 100,000 iterations), which bounds how many customers get one. An account a previous
/// seed made is kept as it is (and keeps its password).
/// </summary>
public sealed class AccountSeeding(IGrainFactory grains, ISeedProgress progress, int parallelism, CancellationToken cancellationToken)
{
    public const int CustomersWithAccounts = 20;

    /// <summary>The staff of the demo by role: user name, display name.</summary>
    public static readonly IReadOnlyList<(string UserName, string Name, Role Role)> Staff =
    [
        ("assistant", "李娜", Role.ServiceAssistant), ("manager", "王强", Role.ServiceManager), ("technical", "赵磊", Role.TechnicalDepartment),
        ("quality", "吴敏", Role.QualityDepartment), ("sales", "周杰", Role.SalesDepartment), ("marketing", "孙丽", Role.Marketing),
        ("purchasing", "郑华", Role.Purchasing), ("warehouse", "钱军", Role.Warehouse), ("parts", "何平", Role.PartsSalesman),
        ("leader", "陈刚", Role.CompanyLeader), ("installation", "冯涛", Role.InstallationTeam), ("director", "高峰", Role.FieldDirector),
        ("operations", "马超", Role.Operations),
    ];

    /// <summary>
    /// The demo engineer's mobile number (a customer calls its engineer from the ticket page): made from its place in the list,
    /// not drawn from the faker, so that the rest of the year stays as the same seed gave it.
    /// </summary>
    public static string EngineerPhone(int index) => $"139 {5310 + index:0000} {index * 7919 % 10000:0000}";

    /// <summary>A password of the demo that passes the password rules: printed once by the seed, never stored.</summary>
    public static string NewPassword() => $"Demo-{RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 10)}";

    public async Task<int> Load(DemoWorld world, string password, DateTimeOffset at)
    {
        var people = Staff.Select(s => new NewUser(s.UserName, s.Name, s.Role))
            .Concat(world.Engineers.Select((e, i) => new NewUser($"engineer-{i + 1:000}", e.Profile.Name, Role.ServiceEngineer, EngineerId: e.Id, Phone: EngineerPhone(i))))
            .Concat(world.Stations.Select((s, i) => new NewUser($"station-{i + 1}", s.Agreement.Name, Role.ServiceStation, StationId: s.Id)))
            .Concat(world.Customers.Take(CustomersWithAccounts)
                .Select((c, i) => new NewUser($"customer-{i + 1:000}", c.Profile.Name, Role.Customer, CustomerId: c.Id, Phone: c.Profile.Phone)))
            .ToList();
        progress.Start(SeedPhase.Accounts, people.Count);
        HistoricClock.Set(at);
        var made = 0;
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (user, _) =>
        {
            var account = grains.GetGrain<IUserAccountGrain>(user.UserName);
            try
            {
                var created = await account.Create(Manager.By(user), "http://localhost");
                var link = AccountLinks.Read(created.InvitationUrl!.Split("/account/invitation/")[1])!.Value;
                await account.SetPassword(new PasswordLink(LinkPurpose.Invitation, link.Secret, password, password, null));
                Interlocked.Increment(ref made);
            }
            catch (RuleViolationException e) when (e.RuleId == RuleIds.IdExists)
            {
                // Seeded before (seed-demo --force): the first account stands, with its password.
            }

            progress.Advance(SeedPhase.Accounts);
        });
        return made;
    }
}
