namespace AfterSales.Silo.Api.Files;

/// <summary>A file received into a temporary file of this process, with its hash and its type told by its content.</summary>
public sealed record UploadedFile(string TemporaryPath, string Sha256, long Bytes, string ContentType, string FileName, IReadOnlyDictionary<string, string> Fields)
    : IDisposable
{
    public string? Field(string name) => Fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public void Dispose() => File.Delete(TemporaryPath);
}
