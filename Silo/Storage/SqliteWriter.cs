namespace AfterSales.Silo.Storage;

/// <summary>
/// The one writer of the SQLite default. SQLite has a single writer, and Microsoft.Data.Sqlite answers a busy
/// database with <c>Thread.Sleep(150)</c> and a retry, so writers meeting would block thread-pool threads, 150 ms
/// each time, instead of waiting their turn. Every write of this process (grain state, idempotency records, read
/// models) waits here asynchronously.
/// </summary>
public sealed class SqliteWriter
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public async Task<T> OneAtATime<T>(Func<Task<T>> write)
    {
        await _writer.WaitAsync();
        try
        {
            return await write();
        }
        finally
        {
            _writer.Release();
        }
    }

}
