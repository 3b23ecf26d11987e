using Orleans.Storage;

namespace AfterSales.Silo.Hosting;

/// <summary>
/// The grain storage of the SQLite default: Orleans' ADO.NET storage with one write at a time. SQLite has a single
/// writer, and Microsoft.Data.Sqlite answers a busy database with <c>Thread.Sleep(150)</c> and a retry, so grains
/// writing at once would block thread-pool threads, 150 ms each time, instead of waiting their turn. Here they wait
/// asynchronously; reads (WAL) go straight through.
/// </summary>
public sealed class SqliteWriteGate(IGrainStorage sqlite) : IGrainStorage
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        sqlite.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        OneAtATime(() => sqlite.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        OneAtATime(() => sqlite.ClearStateAsync(stateName, grainId, grainState));

    private async Task OneAtATime(Func<Task> write)
    {
        await _writer.WaitAsync();
        try
        {
            await write();
        }
        finally
        {
            _writer.Release();
        }
    }
}
