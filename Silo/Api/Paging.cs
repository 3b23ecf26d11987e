using AfterSales.Persistence.ReadModels;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace AfterSales.Silo.Api;

/// <summary>docs/api.md "Lists": a list is a JSON array; the next page is in <c>Link: &lt;url&gt;; rel="next"</c>, absent on the last.</summary>
public static class Paging
{
    public static Ok<IReadOnlyList<T>> Paged<T>(this HttpContext http, Page<T> page)
    {
        if (page.Next is { } next)
        {
            var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value)
                .Where(q => q.Key != "cursor")
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
                .Append(new("cursor", next));
            var url = QueryHelpers.AddQueryString(UriHelper.BuildAbsolute(http.Request.Scheme, http.Request.Host, http.Request.PathBase, http.Request.Path), query);
            http.Response.Headers.Link = $"<{url}>; rel=\"next\"";
        }

        return TypedResults.Ok(page.Items);
    }
}
