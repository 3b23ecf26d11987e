namespace AfterSales.Dashboard.App.Pages.Accounts;

/// <summary>The antiforgery field of a form rendered outside the router (its name and the request token).</summary>
public sealed record FormToken(string FieldName, string Token);
