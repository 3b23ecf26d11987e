using System.Security.Cryptography;
using System.Text;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.Persistence.Storage.Files;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace AfterSales.Silo.Api.Files;

/// <summary>
/// Reads a <c>multipart/form-data</c> upload as it arrives: the part <c>file</c> goes through a SHA-256 into a
/// temporary file (never whole in memory, cut at <see cref="Limits.MaxFileBytes"/>), the other parts are short fields.
/// Its type is told by its first bytes (<see cref="FileTypes"/>): JPEG, PNG, WebP or PDF, whatever its name says.
/// </summary>
public static class FileUpload
{
    public const string RuleId = "API-FILE";

    /// <summary>The request an upload may be: the file and its form fields around it.</summary>
    public const long MaxRequestBytes = Limits.MaxFileBytes + 64 * 1024;

    private const int MaxFieldChars = Limits.ShortText;

    public static async Task<UploadedFile> Read(HttpRequest request, CancellationToken cancel)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !"multipart/form-data".Equals(type.MediaType.Value, StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            throw new InvalidInputException(RuleId, "file", Sentence.Of("refusal.api.upload-multipart", "An upload is multipart/form-data with a part named file."));
        }

        var reader = new MultipartReader(boundary, request.Body);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        (string Path, string Sha256, long Bytes, string Type, string Name)? file = null;
        try
        {
            while (await reader.ReadNextSectionAsync(cancel) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || disposition.Name.Value is not { } name)
                {
                    continue;
                }

                name = HeaderUtilities.RemoveQuotes(name).Value ?? name;
                if (name == "file" && disposition.IsFileDisposition())
                {
                    if (file is not null)
                    {
                        throw new InvalidInputException(RuleId, "file", Sentence.Of("refusal.api.upload-one-file", "An upload carries one file."));
                    }

                    var fileName = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "");
                    file = await Receive(section.Body, fileName.Length is > 0 and <= MaxFieldChars ? fileName : "file", cancel);
                }
                else if (fields.Count < 10)
                {
                    fields[name] = await Field(section.Body, name, cancel);
                }
            }
        }
        catch
        {
            if (file is { } received)
            {
                File.Delete(received.Path);
            }

            throw;
        }

        if (file is not { } f)
        {
            throw new InvalidInputException(RuleId, "file", Sentence.Of("refusal.api.upload-no-file-part", "An upload carries its file in a part named file."));
        }

        return new UploadedFile(f.Path, f.Sha256, f.Bytes, f.Type, f.Name, fields);
    }

    /// <summary>The same from a form the framework has read (the web app's, whose antiforgery token is in the form).</summary>
    public static async Task<UploadedFile> FromForm(IFormCollection form, CancellationToken cancel)
    {
        if (form.Files.GetFile("file") is not { } part)
        {
            throw new InvalidInputException(RuleId, "file", Sentence.Of("refusal.api.upload-no-file-part", "An upload carries its file in a part named file."));
        }

        await using var body = part.OpenReadStream();
        var fileName = Path.GetFileName(part.FileName);
        var (path, sha, bytes, type, name) = await Receive(body, fileName.Length is > 0 and <= MaxFieldChars ? fileName : "file", cancel);
        return new UploadedFile(path, sha, bytes, type, name,
            form.Where(f => f.Key != "file" && f.Value.ToString().Length <= MaxFieldChars).ToDictionary(f => f.Key, f => f.Value.ToString().Trim()));
    }

    private static async Task<(string Path, string Sha256, long Bytes, string Type, string Name)> Receive(Stream body, string fileName, CancellationToken cancel)
    {
        var path = Path.Combine(Path.GetTempPath(), $"aftersales-upload-{Guid.NewGuid():N}");
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var head = new byte[FileTypes.SignatureBytes];
            var headBytes = 0;
            long bytes = 0;
            var buffer = new byte[81920];
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                int read;
                while ((read = await body.ReadAsync(buffer, cancel)) > 0)
                {
                    bytes += read;
                    if (bytes > Limits.MaxFileBytes)
                    {
                        throw new FileTooLarge();
                    }

                    if (headBytes < head.Length)
                    {
                        var take = Math.Min(head.Length - headBytes, read);
                        buffer.AsSpan(0, take).CopyTo(head.AsSpan(headBytes));
                        headBytes += take;
                    }

                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancel);
                }
            }

            var type = FileTypes.Of(head.AsSpan(0, headBytes))
                ?? throw new InvalidInputException(RuleId, "file", Sentence.Of("refusal.api.file-type", "A file is a JPEG, PNG or WebP image or a PDF, told by its content."));
            if (bytes == 0)
            {
                throw new InvalidInputException(RuleId, "file", Sentence.Of("refusal.api.file-empty", "The file is empty."));
            }

            return (path, Convert.ToHexStringLower(hash.GetHashAndReset()), bytes, type, fileName);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static async Task<string> Field(Stream body, string name, CancellationToken cancel)
    {
        using var text = new StreamReader(body, Encoding.UTF8);
        var buffer = new char[MaxFieldChars + 1];
        var read = await text.ReadBlockAsync(buffer, cancel);
        if (read > MaxFieldChars)
        {
            throw new InvalidInputException(RuleId, name, Sentence.Of("refusal.api.too-long", $"{name} is at most {MaxFieldChars} characters."));
        }

        return new string(buffer, 0, read).Trim();
    }
}
