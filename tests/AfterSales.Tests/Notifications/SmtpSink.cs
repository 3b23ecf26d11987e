using AfterSales.Tests.Tools;
using System.Diagnostics;
using AfterSales.Tests.Api;
using MimeKit;

namespace AfterSales.Tests.Notifications;

/// <summary>
/// A real SMTP server on 127.0.0.1 and a free port: Postfix's <c>smtp-sink</c>, writing each mail it takes to a file of
/// its own (installed by tests/run.sh), stopped by its process id.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private const string Program = "/usr/sbin/smtp-sink";
    private readonly Process _process;

    private SmtpSink(int port, string folder, Process process) => (Port, Folder, _process) = (port, folder, process);

    public int Port { get; }

    public string Folder { get; }

    /// <param name="port">The port to listen on; a free one when not given.</param>
    public static SmtpSink Start(int? port = null)
    {
        Assert.True(File.Exists(Program), $"{Program} is missing: tests/run.sh installs postfix.");
        var folder = Directory.CreateTempSubdirectory("aftersales-smtp-").FullName;
        // smtp-sink drops root for this user after it listens; the mails are written as that user.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0x1FF);
        }
        var listening = port ?? FreePort.Next();
        var start = new ProcessStartInfo(RequiredTool.Path(Program, "postfix")) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in (string[])[.. Environment.UserName == "root" ? ["-u", "nobody"] : Array.Empty<string>(), "-d", $"{folder}/%M.", $"127.0.0.1:{listening}", "20"])
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Listening(listening))
        {
            if (process.HasExited)
            {
                Assert.Fail($"smtp-sink exited: {process.StandardError.ReadToEnd()}");
            }

            Assert.True(DateTime.UtcNow < deadline, "smtp-sink did not listen within 10 s.");
            Thread.Sleep(50);
        }

        return new SmtpSink(listening, folder, process);
    }

    /// <summary>Every mail taken so far: who it was for (the envelope's recipient) and the message.</summary>
    public IReadOnlyList<(string To, MimeMessage Message)> Mails()
    {
        var mails = new List<(string, MimeMessage)>();
        foreach (var file in Directory.GetFiles(Folder))
        {
            try
            {
                var text = File.ReadAllText(file);
                var to = text.Split('\n').First(l => l.StartsWith("X-Rcpt-Args: ", StringComparison.Ordinal))["X-Rcpt-Args: ".Length..].Trim().Trim('<', '>');
                using var stream = File.OpenRead(file);
                mails.Add((to, MimeMessage.Load(stream)));
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or FormatException)
            {
                // Still being written: read at the next look.
            }
        }

        return mails;
    }

    /// <summary>Waits until the mails for <paramref name="to"/> satisfy <paramref name="enough"/>.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitFor(string to, Func<IReadOnlyList<MimeMessage>, bool> enough, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            // In the order they were sent: the service names each message by its delivery's number.
            var mine = Mails().Where(m => m.To == to).Select(m => m.Message).OrderBy(m => long.Parse((m.MessageId ?? "0").Split('.')[0])).ToList();
            if (enough(mine) || DateTime.UtcNow > deadline)
            {
                return mine;
            }

            await Task.Delay(100);
        }
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new System.Net.Sockets.TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left to the system's temp cleaning.
        }
    }
}
