namespace AfterSales.GrainInterfaces.Common;

/// <summary>
/// Sentences said one after the other inside another ("not qualified: 2 years of experience...; vocational training not
/// passed"): the English joined with "; ", the phrases as one argument that the reader's language renders each of.
/// </summary>
public sealed record Listed(IReadOnlyList<string> English, IReadOnlyList<Phrase>? Phrases)
{
    public static Listed Of(IEnumerable<Sentence> sentences)
    {
        var all = sentences.ToList();
        return new([.. all.Select(s => s.English)], [.. all.Select(s => s.Phrase)]);
    }

    /// <summary>The phrases when there is one for each sentence, else the English as typed text.</summary>
    public string Arg => Phrases is { } p && p.Count == English.Count ? Phrase.PhrasesArg(p) : Phrase.TextArg(ToString());

    public override string ToString() => string.Join("; ", English);
}
