using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Tests.Access;

/// <summary>
/// The decisions that depend on what a command carries, beside the matrix of the API's operations: who may record an
/// evaluation of each source (R-ENG-3/4), dispose of an old part each way (R-WTY-3), commission each kind of machine
/// (R-INS-1/4). Written by hand from DOMAIN.md, compared with the access policy for every role.
/// </summary>
public sealed class KindGrantTests
{
    private static readonly Role[] Departments =
    [
        Role.ServiceAssistant, Role.PartsSalesman, Role.TechnicalDepartment, Role.QualityDepartment, Role.SalesDepartment,
        Role.Marketing, Role.Purchasing, Role.Warehouse, Role.CompanyLeader,
    ];

    public static TheoryData<Enum, string, Role[]> Grants() => new()
    {
        { EvaluationSource.Customer, "R-ENG-3", [Role.Customer, Role.ServiceManager] },
        { EvaluationSource.Dealer, "R-ENG-3", [Role.ServiceStation, Role.ServiceManager] },
        { EvaluationSource.Department, "R-ENG-3", [.. Departments, Role.ServiceManager] },
        { EvaluationSource.QualityVisit, "R-ENG-4", [Role.SalesDepartment, Role.Marketing, Role.CompanyLeader, Role.ServiceManager] },
        { DispositionKind.QcCheck, "R-WTY-3", [Role.QualityDepartment, Role.ServiceManager] },
        { DispositionKind.WarrantyClaim, "R-WTY-3", [Role.Purchasing, Role.ServiceManager] },
        { Commissioning.TruckMixer, "R-INS-1", [Role.SalesDepartment, Role.ServiceManager] },
        { Commissioning.Plant, "R-INS-4", [Role.InstallationTeam, Role.FieldDirector, Role.ServiceManager] },
    };

    [Theory]
    [MemberData(nameof(Grants))]
    public void Each_kind_is_granted_to_exactly_the_roles_of_its_rule(Enum kind, string ruleId, Role[] roles)
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            var by = new Actor($"someone-{role}", role);
            if (roles.Contains(role))
            {
                Assert.Equal(Reach.Any, AccessPolicy.RequireRole(by, kind));
            }
            else
            {
                var refused = Assert.Throws<ForbiddenException>(() => AccessPolicy.RequireRole(by, kind));
                Assert.Equal(ruleId, refused.RuleId);
            }
        }
    }
}
