using System.Text.Json;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Persistence.Storage;

/// <summary>
/// Data written by earlier versions, which kept grain state in Orleans' OrleansGrainState table with the list,
/// alerts and reports in aggregate grains. At start-up (once, marked in AfterSalesMigration): the states of the
/// grains that still exist are copied into AfterSalesGrainState, and what only the retired aggregates held is read
/// back: the SLA alerts of the alert inboxes, and the survey results of the satisfaction months.
/// </summary>
public static class LegacyMigration
{
    public const string GrainStateCopied = "grain-state-copied";
    public const string Projected = "projected";

    // OrleansGrainState.GrainTypeString -> (state name, grain type) of the grains that still exist.
    private static readonly (string Column, string State, string Type)[] States =
    [
        ("ticket", "ticket", "ticket"), ("customer", "customer", "customer"), ("engineer", "engineer", "engineer"),
        ("toolkit", "toolkit", "toolkit"), ("installationsite", "site", "installationsite"), ("site", "site", "installationsite"),
        ("servicestation", "station", "servicestation"), ("station", "station", "servicestation"),
        ("stationcoverage", "stationcoverage", "stationcoverage"), ("codeofconduct", "codeofconduct", "codeofconduct"),
    ];

    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>Copies the grain states once; answers how many were copied.</summary>
    /// <param name="notCopied">Told how many states had a key that cannot be named again (see below), when there are any.</param>
    public static Task<int> CopyGrainState(SqlDatabase database, Action<long>? notCopied = null) => database.Write(async (c, t) =>
    {
        if (await Done(c, t, GrainStateCopied))
        {
            return 0;
        }

        // Orleans' ADO.NET storage files a string key that reads as a hexadecimal number (e.g. "E12") as an integer
        // key, without its letters' case: such a state cannot be named again, and is counted here, not copied.
        await using (var lost = SqlDatabase.Command(c, t,
            $"SELECT count(*) FROM OrleansGrainState WHERE ServiceId = @Service AND PayloadBinary IS NOT NULL AND (GrainIdExtensionString IS NULL OR GrainIdExtensionString = '') AND GrainTypeString IN ({string.Join(", ", States.Select(s => $"'{s.Column}'"))})",
            ("Service", ServiceIds.Orleans)))
        {
            if (Convert.ToInt64(await lost.ExecuteScalarAsync()) is > 0 and var count)
            {
                notCopied?.Invoke(count);
            }
        }

        var copied = 0;
        foreach (var (column, state, type) in States)
        {
            copied += await SqlDatabase.Execute(c, t,
                """
                INSERT INTO AfterSalesGrainState (StateKey, ETag, Payload, ModifiedOn)
                SELECT @Prefix || GrainIdExtensionString, 1, PayloadBinary, 0
                  FROM OrleansGrainState
                 WHERE ServiceId = @Service AND GrainTypeString = @Column AND PayloadBinary IS NOT NULL
                   AND GrainIdExtensionString IS NOT NULL AND GrainIdExtensionString <> ''
                ON CONFLICT (StateKey) DO NOTHING
                """,
                ("Prefix", $"{state}/{type}/"), ("Column", column), ("Service", ServiceIds.Orleans));
        }

        await Mark(c, t, GrainStateCopied);
        if (copied == 0)
        {
            // Nothing of an earlier version: nothing to project either.
            await Mark(c, t, Projected);
        }

        return copied;
    });

    /// <summary>Whether the grains copied still have to write their projections (see <see cref="LegacyProjection"/>).</summary>
    public static async Task<bool> ProjectionsPending(SqlDatabase database)
    {
        await using var c = await database.Open();
        if (await Done(c, null, Projected))
        {
            return false;
        }

        await using var copied = SqlDatabase.Command(c, null, "SELECT 1 FROM AfterSalesGrainState WHERE ModifiedOn = 0 LIMIT 1");
        return await copied.ExecuteScalarAsync() is not null;
    }

    /// <summary>The keys of the copied states of one state name that no write has touched since.</summary>
    public static async Task<List<string>> Copied(SqlDatabase database, string stateName)
    {
        var prefix = States.First(s => s.State == stateName);
        await using var c = await database.Open();
        await using var command = SqlDatabase.Command(c, null,
            "SELECT StateKey FROM AfterSalesGrainState WHERE StateKey LIKE @Prefix AND ModifiedOn = 0", ("Prefix", $"{prefix.State}/{prefix.Type}/%"));
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0)[($"{prefix.State}/{prefix.Type}/".Length)..]);
        }

        return keys;
    }

    /// <summary>
    /// The SLA alerts the earlier version kept outside the ticket: in the retired alert inboxes, and those a ticket
    /// had raised but not handed to its inbox yet (its PendingAlerts).
    /// </summary>
    public static async Task<List<SlaAlert>> EarlierAlerts(SqlDatabase database) =>
    [
        .. (await Payloads(database, "alertinbox")).SelectMany(p => (IEnumerable<SlaAlert>?)Read<Inbox>(p)?.Alerts?.Values ?? []),
        .. (await Payloads(database, "ticket")).SelectMany(p => (IEnumerable<SlaAlert>?)Read<EarlierTicket>(p)?.PendingAlerts ?? []),
    ];

    /// <summary>The survey results the retired satisfaction months held.</summary>
    public static async Task<List<SatisfactionResponse>> Surveys(SqlDatabase database) =>
        [.. (await Payloads(database, "satisfaction", "satisfactionmonth")).SelectMany(p => (IEnumerable<SatisfactionResponse>?)Read<Month>(p)?.Responses?.Values ?? [])
            .Where(r => r.Source == SatisfactionSource.Survey)];

    public static Task MarkProjected(SqlDatabase database) => database.Write(async (c, t) =>
    {
        await Mark(c, t, Projected);
        return 0;
    });

    private static async Task<List<byte[]>> Payloads(SqlDatabase database, params string[] types)
    {
        await using var c = await database.Open();
        var payloads = new List<byte[]>();
        foreach (var type in types)
        {
            await using var command = SqlDatabase.Command(c, null,
                "SELECT PayloadBinary FROM OrleansGrainState WHERE ServiceId = @Service AND GrainTypeString = @Type AND PayloadBinary IS NOT NULL",
                ("Service", ServiceIds.Orleans), ("Type", type));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                payloads.Add((byte[])reader.GetValue(0));
            }
        }

        return payloads;
    }

    private static T? Read<T>(byte[] payload)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(payload, Json);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    public static async Task<bool> Done(SqlDatabase database, string name)
    {
        await using var c = await database.Open();
        return await Done(c, null, name);
    }

    public static Task MarkDone(SqlDatabase database, string name) => database.Write(async (c, t) =>
    {
        await Mark(c, t, name);
        return 0;
    });

    private static async Task<bool> Done(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction? t, string name)
    {
        await using var done = SqlDatabase.Command(c, t, "SELECT 1 FROM AfterSalesMigration WHERE Name = @Name", ("Name", name));
        return await done.ExecuteScalarAsync() is not null;
    }

    private static Task<int> Mark(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction t, string name) =>
        SqlDatabase.Execute(c, t, "INSERT INTO AfterSalesMigration (Name, DoneOn) VALUES (@Name, @Now) ON CONFLICT (Name) DO NOTHING",
            ("Name", name), ("Now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));

    private sealed record Inbox(Dictionary<string, SlaAlert>? Alerts);

    private sealed record Month(Dictionary<string, SatisfactionResponse>? Responses);

    private sealed record EarlierTicket(List<SlaAlert>? PendingAlerts);
}
