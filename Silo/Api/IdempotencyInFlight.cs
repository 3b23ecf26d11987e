using System.Collections.Concurrent;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Silo.Api;

/// <summary>
/// docs/api.md "Idempotency": a request whose Idempotency-Key is still running for the same caller answers 409. Kept per process: the
/// same key sent to another silo at the same moment waits for the grain, which answers it with the first answer.
/// </summary>
public sealed class IdempotencyInFlight : IEndpointFilter
{
    private static readonly ConcurrentDictionary<string, byte> Running = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || Caller.IdempotencyKey(http) is not { } key)
        {
            return await next(context);
        }

        var by = http.Actor();
        var running = string.Join('\n', by.UserId, by.Role, by.CustomerId, by.StationId, key);
        if (!Running.TryAdd(running, 0))
        {
            throw new RuleViolationException(
                RuleIds.IdempotencyKeyInFlight, Sentence.Of("refusal.api.idempotency-key-in-flight", $"A request with Idempotency-Key '{key}' is still running; send it again once it has answered."));
        }

        try
        {
            return await next(context);
        }
        finally
        {
            Running.TryRemove(running, out _);
        }
    }
}
