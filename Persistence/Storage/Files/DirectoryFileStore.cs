using System.Data.Common;
using System.Runtime.CompilerServices;
using AfterSales.Grains.Common;

namespace AfterSales.Persistence.Storage.Files;

/// <summary>Files under <c>{data directory}/files/ab/abcdef…</c>: written to a temporary name, flushed, then renamed.</summary>
public sealed class DirectoryFileStore(string root) : IFileStore
{
    public async Task Put(string sha256, string path, CancellationToken cancel)
    {
        var target = PathOf(sha256);
        if (File.Exists(target))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = $"{target}.{Guid.NewGuid():N}.part";
        try
        {
            await using (var source = File.OpenRead(path))
            await using (var copy = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await source.CopyToAsync(copy, cancel);
                copy.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> Open(string sha256, CancellationToken cancel)
    {
        var path = PathOf(sha256);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    public Task Delete(string sha256, DbConnection connection, DbTransaction transaction)
    {
        File.Delete(PathOf(sha256));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<string> All([EnumeratorCancellation] CancellationToken cancel)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            cancel.ThrowIfCancellationRequested();
            if (Path.GetFileName(path) is var name && EvidenceFile.IsSha256(name))
            {
                yield return name;
            }
        }

        await Task.CompletedTask;
    }

    private string PathOf(string sha256) => Path.Combine(root, sha256[..2], sha256);
}
