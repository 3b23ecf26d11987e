using System.Collections.Concurrent;
using System.Net;
using AfterSales.Tests.Api;

namespace AfterSales.Tests.Notifications;

/// <summary>A webhook receiver: a local HTTP listener that keeps every request and answers as the test tells it.</summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<int, HttpStatusCode> _answer;
    private readonly Func<int, string>? _body;
    private int _count;

    /// <param name="answer">The status of the n-th request (1, 2, ...).</param>
    /// <param name="body">The body of the n-th answer (none when not given).</param>
    public WebhookReceiver(Func<int, HttpStatusCode>? answer = null, Func<int, string>? body = null)
    {
        _answer = answer ?? (_ => HttpStatusCode.OK);
        _body = body;
        Url = $"http://127.0.0.1:{FreePort.Next()}/hooks/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Serve();
    }

    public string Url { get; }

    public ConcurrentQueue<(string Body, string? Signature, string? Event, HttpStatusCode Answered)> Requests { get; } = new();

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var n = Interlocked.Increment(ref _count);
            var status = _answer(n);
            Requests.Enqueue((body, context.Request.Headers["X-AfterSales-Signature"], context.Request.Headers["X-AfterSales-Event"], status));
            context.Response.StatusCode = (int)status;
            if (_body?.Invoke(n) is { } answer)
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(answer);
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(bytes);
            }

            context.Response.Close();
        }
    }

    public async Task<IReadOnlyList<(string Body, string? Signature, string? Event, HttpStatusCode Answered)>> WaitFor(
        Func<IReadOnlyList<(string Body, string? Signature, string? Event, HttpStatusCode Answered)>, bool> enough, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!enough([.. Requests]) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return [.. Requests];
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
