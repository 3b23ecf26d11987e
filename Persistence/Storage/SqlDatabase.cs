using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AfterSales.Persistence.Storage;

/// <summary>
/// The service's database, SQLite (the embedded default) or PostgreSQL, for what the service writes itself: grain
/// state with its outbox, idempotency records, read models. The SQL is the same for both where it can be. On SQLite
/// every write of the process waits for its one <see cref="SqliteWriter"/>.
/// </summary>
public sealed class SqlDatabase
{
    private static readonly ConcurrentDictionary<string, SqliteWriter> SqliteWriters = new();

    private readonly DbProviderFactory _factory;
    private readonly string _connectionString;
    private readonly SqliteWriter? _writer;

    private SqlDatabase(DbProviderFactory factory, string connectionString, bool sqlite)
    {
        _factory = factory;
        _connectionString = connectionString;
        IsSqlite = sqlite;
        _writer = sqlite ? Writer(connectionString) : null;
    }

    public bool IsSqlite { get; }

    /// <summary>The connection string, for the stores that open their own connections (OpenIddict's, Persistence/OAuth).</summary>
    public string ConnectionString => _connectionString;

    public static SqlDatabase Sqlite(string connectionString) => new(SqliteFactory.Instance, connectionString, sqlite: true);

    public static SqlDatabase PostgreSql(string connectionString) => new(NpgsqlFactory.Instance, connectionString, sqlite: false);

    /// <summary>The one writer of a SQLite file, shared by everything in this process that writes to it.</summary>
    private static SqliteWriter Writer(string sqliteConnectionString) =>
        SqliteWriters.GetOrAdd(new SqliteConnectionStringBuilder(sqliteConnectionString).DataSource, _ => new SqliteWriter());

    public async Task<DbConnection> Open()
    {
        var connection = _factory.CreateConnection()!;
        try
        {
            connection.ConnectionString = _connectionString;
            await connection.OpenAsync();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> in one transaction; on SQLite, in this process's one writer's turn, where it may
    /// share the transaction (in a savepoint of its own) and its commit with the writes waiting beside it.
    /// </summary>
    public async Task<T> Write<T>(Func<DbConnection, DbTransaction, Task<T>> write)
    {
        if (_writer is not null)
        {
            return await _writer.Write(write, Open);
        }

        await using var connection = await Open();
        await using var transaction = await connection.BeginTransactionAsync();
        var result = await write(connection, transaction);
        await transaction.CommitAsync();
        return result;
    }

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            // Named as the statement names it: Microsoft.Data.Sqlite otherwise looks each name up with every prefix.
            p.ParameterName = name.StartsWith('@') ? name : $"@{name}";
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }

        return command;
    }

    /// <summary>
    /// A multi-row <c>VALUES</c> list of <paramref name="columns"/> for <paramref name="rows"/> (each in the columns'
    /// order) and its parameters, named by column and row: one statement where there would be one per row.
    /// </summary>
    public static (string Values, (string Name, object? Value)[] Parameters) Rows(IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows) =>
        (string.Join(", ", rows.Select((_, i) => $"({string.Join(", ", columns.Select(c => $"@{c}{i}"))})")),
         [.. rows.SelectMany((row, i) => row.Select((v, k) => ($"{columns[k]}{i}", v)))]);

    /// <summary>
    /// How many rows of <paramref name="columns"/> columns go into one multi-row statement, at most
    /// <paramref name="most"/>: on SQLite far fewer, since it finds each parameter by a scan of the statement's names
    /// (a statement of 1,000 parameters cost the projector a fifth of the service's CPU), and in process a statement
    /// saves no round trip.
    /// </summary>
    public static int RowsPerStatement(DbConnection connection, int columns, int most) =>
        connection is SqliteConnection ? Math.Clamp(SqliteParametersPerStatement / columns, 1, most) : most;

    private const int SqliteParametersPerStatement = 64;

    public static async Task<int> Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }
}
