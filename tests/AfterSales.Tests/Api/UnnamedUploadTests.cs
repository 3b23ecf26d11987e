using System.Net;
using System.Security.Cryptography;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Persistence.Storage;
using AfterSales.Persistence.Storage.Files;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Tests.Api;

/// <summary>
/// docs/api.md "Evidence files": an upload whose ticket command never comes is cleaned up after a day; a file a command
/// named is kept, even where the silo died before the ledger heard of the naming.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class UnnamedUploadTests(ApiFixture api)
{
    private IFileStore Files => api.Services.GetRequiredService<IFileStore>();

    private UnnamedFileSweep Sweep => api.Services.GetRequiredService<UnnamedFileSweep>();

    [Fact]
    public async Task An_upload_the_ticket_refused_is_deleted_a_day_later_and_one_it_named_is_kept()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();
        var refusedBytes = SampleFiles.Pdf($"refused scan {Guid.NewGuid()}");
        var namedBytes = SampleFiles.Pdf($"named scan {Guid.NewGuid()}");

        // R-TKT-6 refuses to replace what the ticket does not have: the bytes were stored, no command names them.
        var refused = await ApiWorld.Send(w.Assistant, t.Id, "Scan", refusedBytes, "scan.pdf", replaces: $"{t.Id}.F9");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var named = await ApiWorld.Upload(w.Assistant, t.Id, "Scan", namedBytes, "scan.pdf");
        Assert.True(await Kept(refusedBytes));

        // Within the day nothing goes; a day later the refused upload's bytes do.
        await Sweep.Sweep(DateTimeOffset.UtcNow.AddHours(23));
        Assert.True(await Kept(refusedBytes));
        Assert.True(await Sweep.Sweep(DateTimeOffset.UtcNow.AddHours(25)) >= 1);
        Assert.False(await Kept(refusedBytes));
        Assert.Equal(namedBytes, await w.Customer.GetByteArrayAsync($"/api/attachments/{named.Id}"));

        // Named for good: a year on, still kept.
        await Sweep.Sweep(DateTimeOffset.UtcNow.AddDays(366));
        Assert.Equal(namedBytes, await w.Customer.GetByteArrayAsync($"/api/attachments/{named.Id}"));

        // The same bytes uploaded again, and this time named: stored again and read back.
        var again = await ApiWorld.Upload(w.Assistant, t.Id, "Scan", refusedBytes, "scan-again.pdf");
        await Sweep.Sweep(DateTimeOffset.UtcNow.AddHours(25));
        Assert.Equal(refusedBytes, await w.Customer.GetByteArrayAsync($"/api/attachments/{again.Id}"));
    }

    [Fact]
    public async Task Bytes_a_refused_upload_shares_with_a_named_file_are_kept()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();
        var other = await w.Open();
        var bytes = SampleFiles.Pdf($"shared scan {Guid.NewGuid()}");

        var named = await ApiWorld.Upload(w.Assistant, t.Id, "Scan", bytes, "scan.pdf");
        var refused = await ApiWorld.Send(w.Assistant, other.Id, "Scan", bytes, "scan.pdf", replaces: $"{other.Id}.F9");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        await Sweep.Sweep(DateTimeOffset.UtcNow.AddHours(25));
        Assert.Equal(bytes, await w.Customer.GetByteArrayAsync($"/api/attachments/{named.Id}"));
    }

    [Fact]
    public async Task A_file_its_ticket_or_site_names_is_kept_though_the_ledger_never_heard_of_the_naming()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();
        var ticketBytes = SampleFiles.Pdf($"ticket scan {Guid.NewGuid()}");
        var siteBytes = SampleFiles.Pdf($"commissioning scan {Guid.NewGuid()}");
        var onTicket = await ApiWorld.Upload(w.Assistant, t.Id, "Scan", ticketBytes, "scan.pdf");
        var sales = api.As(Role.SalesDepartment, "sales-sun");
        var siteId = await w.SiteWithMixer(sales);
        using var form = new MultipartFormDataContent { { new StringContent("Scan"), "kind" }, { new ByteArrayContent(siteBytes), "file", "commissioning.pdf" } };
        var onSite = await (await sales.PostAsync($"/api/sites/{siteId}/installations/{w.Serial}/attachments", form)).Ok<Attachment>(HttpStatusCode.Created);

        // As if the silo died between each command and the ledger's note of it: the ledger knows of the uploads only.
        await Forget(ticketBytes, siteBytes);
        var ledger = api.Services.GetRequiredService<FileLedger>();
        await ledger.Received(Sha256(ticketBytes), new FileOwner(FileOwner.Ticket, t.Id));
        await ledger.Received(Sha256(siteBytes), new FileOwner(FileOwner.Site, siteId));
        Assert.Equal(2, await Unnamed(ticketBytes, siteBytes));
        await Sweep.Sweep(DateTimeOffset.UtcNow.AddHours(25));

        Assert.Equal(ticketBytes, await w.Customer.GetByteArrayAsync($"/api/attachments/{onTicket.Id}"));
        Assert.Equal(siteBytes, await w.Customer.GetByteArrayAsync($"/api/attachments/{onSite.Id}"));
        // Asked once: the owners' answers are noted, so a later sweep asks nobody.
        Assert.Equal(0, await Unnamed(ticketBytes, siteBytes));
    }

    [Fact]
    public async Task Files_kept_before_the_ledger_existed_count_as_named_and_a_refused_upload_of_them_deletes_nothing()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();
        var bytes = SampleFiles.Pdf($"kept before the ledger {Guid.NewGuid()}");
        var database = api.Services.GetRequiredService<SqlDatabase>();

        // A file in the store that the ledger never heard of, as an earlier version kept it.
        var path = Path.GetTempFileName();
        await File.WriteAllBytesAsync(path, bytes);
        await Files.Put(Sha256(bytes), path, CancellationToken.None);
        File.Delete(path);
        await database.Write((c, tx) => SqlDatabase.Execute(c, tx, "DELETE FROM AfterSalesMigration WHERE Name = @Name", ("Name", UnnamedFileSweep.Backfilled)));

        // Uploaded again and refused before the first sweep of this version: still not deleted.
        var refused = await ApiWorld.Send(w.Assistant, t.Id, "Scan", bytes, "scan.pdf", replaces: $"{t.Id}.F9");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        await Sweep.Sweep(DateTimeOffset.UtcNow.AddHours(25));

        Assert.True(await Kept(bytes));
        Assert.Equal(0, await Unnamed(bytes, bytes));
    }

    private async Task<bool> Kept(byte[] bytes)
    {
        await using var stream = await Files.Open(Sha256(bytes), CancellationToken.None);
        return stream is not null;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private Task Forget(params byte[][] files) => api.Services.GetRequiredService<SqlDatabase>().Write((c, t) =>
        SqlDatabase.Execute(c, t, "UPDATE AfterSalesUpload SET Named = 0 WHERE Sha256 IN (@A, @B)", ("A", Sha256(files[0])), ("B", Sha256(files[1]))));

    private async Task<long> Unnamed(params byte[][] files)
    {
        await using var c = await api.Services.GetRequiredService<SqlDatabase>().Open();
        await using var command = SqlDatabase.Command(c, null, "SELECT COUNT(*) FROM AfterSalesUpload WHERE Named = 0 AND Sha256 IN (@A, @B)",
            ("A", Sha256(files[0])), ("B", Sha256(files[1])));
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
