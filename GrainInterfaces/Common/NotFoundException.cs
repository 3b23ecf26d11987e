namespace AfterSales.GrainInterfaces.Common;

/// <summary>The resource does not exist (HTTP 404); <see cref="Phrase"/> says so in the reader's language.</summary>
[GenerateSerializer, Alias("AfterSales.NotFoundException")]
public sealed class NotFoundException : Exception
{
    public NotFoundException(string what, string id) : base($"{what} '{id}' does not exist.")
    {
        What = what;
        ResourceId = id;
    }

    [Id(0)] public string What { get; private set; }

    [Id(1)] public string ResourceId { get; private set; }

    /// <summary>"Ticket 'T-1' does not exist.": the kind of resource is named in the reader's language.</summary>
    public Phrase Phrase => new("refusal.not-found", [$"{Phrase.EnumMark}Resource.{What}", ResourceId]);
}
