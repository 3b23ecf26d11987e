namespace AfterSales.Silo.Auth;

/// <summary>Reads an enum value by its name only: not a number, not a comma-joined list, not an undefined value.</summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? text, bool ignoreCase, out T value)
        where T : struct, Enum
    {
        value = default;
        return !string.IsNullOrEmpty(text) && char.IsLetter(text[0]) && !text.Contains(',')
            && Enum.TryParse(text, ignoreCase, out value) && Enum.IsDefined(value);
    }
}
