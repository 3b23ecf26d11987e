using AfterSales.Persistence.Storage;

namespace AfterSales.Persistence.OAuth;

/// <summary>
/// The OAuth server's keys (<c>AfterSalesOAuthKey</c>): the first silo to start makes each and every other silo, and
/// every restart, reads the same, so that a token one silo issued is taken by all.
/// </summary>
public sealed class OAuthKeyTable(SqlDatabase database)
{
    /// <summary>The key named <paramref name="name"/>: the one kept, else <paramref name="make"/>'s, kept from now on.</summary>
    public async Task<string> Keep(string name, Func<string> make)
    {
        if (await Read(name) is { } kept)
        {
            return kept;
        }

        // Silos that start together may each make one: the first written is everyone's.
        await database.Write(async (connection, transaction) => await SqlDatabase.Execute(connection, transaction,
            "INSERT INTO AfterSalesOAuthKey (Name, Value) VALUES (@name, @value) ON CONFLICT (Name) DO NOTHING", ("name", name), ("value", make())));
        return await Read(name) ?? throw new InvalidOperationException($"The OAuth key '{name}' was not kept.");
    }

    private async Task<string?> Read(string name)
    {
        await using var connection = await database.Open();
        await using var command = SqlDatabase.Command(connection, null, "SELECT Value FROM AfterSalesOAuthKey WHERE Name = @name", ("name", name));
        return (string?)await command.ExecuteScalarAsync();
    }
}
