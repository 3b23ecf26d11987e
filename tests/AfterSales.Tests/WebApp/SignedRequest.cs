using System.Globalization;
using System.Security.Claims;
using AfterSales.GrainInterfaces.Common;
using Microsoft.AspNetCore.Http;

namespace AfterSales.Tests.WebApp;

/// <summary>The request of a signed-in caller in a language, as the page components read it (their claims, the UI culture).</summary>
public static class SignedRequest
{
    public static DefaultHttpContext As(Actor caller, string language)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        var claims = new List<Claim> { new("sub", caller.UserId), new("role", caller.Role.ToString()) };
        if (caller.CustomerId is { } customer)
        {
            claims.Add(new Claim("customerId", customer));
        }

        if (caller.StationId is { } station)
        {
            claims.Add(new Claim("stationId", station));
        }

        return new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")) };
    }
}
