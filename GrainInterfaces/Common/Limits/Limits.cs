namespace AfterSales.GrainInterfaces.Common.Limits;

/// <summary>The input limits of docs/api.md ("Lists, idempotency, limits"), checked where the data enters and again by the grains.</summary>
public static class Limits
{
    public const string IdPattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    public const int ShortText = 200;
    public const int LongText = 4000;
    public const int Items = 100;

    /// <summary>An evidence file is at most 20 MiB (docs/api.md "Evidence files").</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;
    public const int FutureYears = 10;
    public static readonly DateOnly Earliest = new(1990, 1, 1);

    /// <summary>The last date an input may name: ten years from today.</summary>
    public static DateOnly Latest(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime).AddYears(FutureYears);
}
