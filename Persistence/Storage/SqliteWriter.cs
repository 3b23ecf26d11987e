using System.Collections.Concurrent;
using System.Data.Common;

namespace AfterSales.Persistence.Storage;

/// <summary>
/// The one writer of the SQLite default. SQLite has a single writer, and Microsoft.Data.Sqlite answers a busy
/// database with <c>Thread.Sleep(150)</c> and a retry, so writers meeting would block thread-pool threads, 150 ms
/// each time, instead of waiting their turn. Every write of this process (grain state, idempotency records, read
/// models) waits here asynchronously.
/// <para>
/// Group commit: the writes that wait while one transaction runs go together into the next, each in a savepoint of
/// its own (one that fails is rolled back alone and its caller told), and share its one commit and its one sync of
/// the log. Each caller is answered only after that commit: acknowledged still means durable.
/// </para>
/// </summary>
public sealed class SqliteWriter
{
    /// <summary>At most this many writes share a transaction: the turn of the first stays short.</summary>
    public const int MaxGroup = 64;

    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly ConcurrentQueue<IWrite> _waiting = new();

    public async Task<T> Write<T>(Func<DbConnection, DbTransaction, Task<T>> write, Func<Task<DbConnection>> open)
    {
        var mine = new PendingWrite<T>(write);
        _waiting.Enqueue(mine);
        while (!mine.Done.IsCompleted)
        {
            await _turn.WaitAsync();
            try
            {
                // Another writer's turn may have taken this write into its group meanwhile.
                if (!mine.Done.IsCompleted)
                {
                    await RunGroup(open);
                }
            }
            finally
            {
                _turn.Release();
            }
        }

        return await mine.Done;
    }

    private async Task RunGroup(Func<Task<DbConnection>> open)
    {
        var group = new List<IWrite>();
        while (group.Count < MaxGroup && _waiting.TryDequeue(out var write))
        {
            group.Add(write);
        }

        var applied = new List<IWrite>(group.Count);
        try
        {
            await using var connection = await open();
            await using var transaction = await connection.BeginTransactionAsync();
            foreach (var write in group)
            {
                if (group.Count == 1)
                {
                    await write.Run(connection, transaction);
                    applied.Add(write);
                    continue;
                }

                await transaction.SaveAsync("write");
                try
                {
                    await write.Run(connection, transaction);
                    await transaction.ReleaseAsync("write");
                    applied.Add(write);
                }
                catch (Exception e)
                {
                    await transaction.RollbackAsync("write");
                    write.Fail(e);
                }
            }

            await transaction.CommitAsync();
        }
        catch (Exception e)
        {
            // Nothing of the group was committed: every write not yet refused on its own fails with the transaction.
            foreach (var write in group.Where(w => !w.IsCompleted))
            {
                write.Fail(e);
            }

            return;
        }

        foreach (var write in applied)
        {
            write.Commit();
        }
    }

    private interface IWrite
    {
        bool IsCompleted { get; }

        Task Run(DbConnection connection, DbTransaction transaction);

        void Fail(Exception e);

        void Commit();
    }

    private sealed class PendingWrite<T>(Func<DbConnection, DbTransaction, Task<T>> write) : IWrite
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Done => _done.Task;

        public bool IsCompleted => _done.Task.IsCompleted;

        public async Task Run(DbConnection connection, DbTransaction transaction) => _result = await write(connection, transaction);

        public void Fail(Exception e) => _done.TrySetException(e);

        public void Commit() => _done.TrySetResult(_result!);
    }
}
