using System.Data.Common;

namespace AfterSales.Persistence.Storage.Files;

/// <summary>
/// Where evidence files are kept, content-addressed by the SHA-256 of their bytes (so the same file is kept once):
/// files under the data directory on the embedded default, PostgreSQL in the cluster (every silo reads what another
/// wrote). Another store (S3-compatible) is one more implementation chosen by configuration.
/// </summary>
public interface IFileStore
{
    /// <summary>Keeps the bytes of the file at <paramref name="path"/> under <paramref name="sha256"/>, durably, unless already kept.</summary>
    Task Put(string sha256, string path, CancellationToken cancel);

    /// <summary>The bytes kept under <paramref name="sha256"/>, or null.</summary>
    Task<Stream?> Open(string sha256, CancellationToken cancel);

    /// <summary>
    /// Deletes the bytes kept under <paramref name="sha256"/>, within the transaction of the upload ledger that forgets
    /// them (<see cref="FileLedger.Forget"/>), so that no upload of the same bytes can pass in between.
    /// </summary>
    Task Delete(string sha256, DbConnection connection, DbTransaction transaction);

    /// <summary>The hashes of every file kept (once, to count the files kept before the upload ledger as named).</summary>
    IAsyncEnumerable<string> All(CancellationToken cancel);
}
