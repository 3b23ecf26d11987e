using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace AfterSales.Dashboard.App;

/// <summary>
/// Post/Redirect/Get for the web app's commands: a command that was done answers with its page got again
/// (<c>?done=</c> names what was done), so reloading it, going Back or pulling to refresh never sends the command
/// again; a refusal is the answer to the post itself (sent again, its form's key answers the same refusal).
/// </summary>
public static class Done
{
    /// <summary>The page the browser is on, by GET, saying <paramref name="what"/> was done (a text key: <c>op.AddMachine</c>).</summary>
    public static string Again(NavigationManager navigation, string what)
    {
        var uri = new Uri(navigation.Uri);
        var query = QueryHelpers.ParseQuery(uri.Query).Where(q => q.Key != "done")
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("done", what));
        return QueryHelpers.AddQueryString(uri.AbsolutePath, query);
    }

    /// <summary>
    /// What the page says was done: a text of its own (<c>done.{what}</c>: "报告已批准"), else "Done: {the command}";
    /// null for no <c>done</c>, or one that names no text.
    /// </summary>
    public static string? Text(IStringLocalizer t, string? what)
    {
        if (string.IsNullOrEmpty(what) || what.Length > 80 || !what.All(c => char.IsAsciiLetter(c) || c == '.'))
        {
            return null;
        }

        var own = t[$"done.{what}"];
        if (!own.ResourceNotFound)
        {
            return own.Value;
        }

        var command = t[what];
        return command.ResourceNotFound ? null : t["ticket.done", command.Value].Value;
    }
}
