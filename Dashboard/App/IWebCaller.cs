using System.Security.Claims;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Dashboard.App;

/// <summary>The signed-in caller of a page as the grains see it (the same one the API makes of a token); null for none of ours.</summary>
public interface IWebCaller
{
    Actor? Of(ClaimsPrincipal user);
}
