using System.Text.RegularExpressions;

namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>User names: letters, digits and <c>. _ - @</c>, 2 to 64 of them, compared without case.</summary>
public static partial class UserNames
{
    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();

    public static bool IsValid(string? userName) => userName is not null && Pattern().IsMatch(userName.Trim());

    [GeneratedRegex(@"^[\p{L}\p{N}._@-]{2,64}$")]
    private static partial Regex Pattern();
}
