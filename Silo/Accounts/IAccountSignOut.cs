using AfterSales.GrainInterfaces.Accounts;

namespace AfterSales.Silo.Accounts;

/// <summary>
/// Ends what a disabled account holds outside its grain: the refresh tokens and authorizations client apps were given
/// for it. (Its browser sessions end by themselves: each request asks the account for the session's stamp.)
/// </summary>
public interface IAccountSignOut
{
    Task Everywhere(UserView account);
}
