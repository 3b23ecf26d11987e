using Orleans.Storage;

namespace AfterSales.Silo.Hosting;

/// <summary>
/// The grain storage of the SQLite default: Orleans' ADO.NET storage whose writes wait for the process's one
/// <see cref="SqliteWriter"/>; reads (WAL) go straight through.
/// </summary>
public sealed class SqliteWriteGate(IGrainStorage sqlite, SqliteWriter writer) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        sqlite.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        writer.OneAtATime(() => sqlite.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        writer.OneAtATime(() => sqlite.ClearStateAsync(stateName, grainId, grainState));
}
