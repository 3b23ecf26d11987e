using System.Buffers.Text;
using System.Text;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Persistence.ReadModels;

/// <summary>An opaque keyset cursor: the sort key (a time) and the id of the last row of a page.</summary>
public static class Cursor
{
    public static string Of(long at, string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{at}:{id}"));

    public static (long At, string Id)? Read(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var colon = text.IndexOf(':');
            if (colon > 0 && long.TryParse(text.AsSpan(0, colon), out var at))
            {
                return (at, text[(colon + 1)..]);
            }
        }
        catch (FormatException)
        {
        }

        throw new InvalidInputException("API-PAGE", "cursor", Sentence.Of("refusal.api.cursor-unknown", "The cursor is not one this service gave."));
    }
}
