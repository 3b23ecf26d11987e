using System.Security.Claims;
using AfterSales.Dashboard.App;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Silo.Api;

namespace AfterSales.Silo.Web;

/// <summary>The web app's caller is the API's: the same claims, the same refusal of a token that is no caller of ours.</summary>
public sealed class WebCaller : IWebCaller
{
    public Actor? Of(ClaimsPrincipal user)
    {
        try
        {
            return Caller.ActorOf(user);
        }
        catch (ForbiddenException)
        {
            return null;
        }
    }
}
