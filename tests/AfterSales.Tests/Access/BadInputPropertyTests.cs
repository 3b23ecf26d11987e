using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Tests.Api;
using FsCheck;
using FsCheck.Fluent;

namespace AfterSales.Tests.Access;

/// <summary>A service of its own for the property: it sends thousands of odd requests.</summary>
public sealed class PropertyApi : ApiFixture;

/// <summary>One request of the property: an operation, its target (own objects or an odd id) and a body mutated from a valid one.</summary>
public sealed record BadInput(ApiOperation Operation, string? OddId, string Body)
{
    public override string ToString() => $"{Operation.Key} id={OddId ?? "(valid)"} body={(Body.Length > 200 ? Body[..200] + "..." : Body)}";
}

/// <summary>
/// Property-based bad input (FsCheck) from the API document's schemas, on every state-changing operation: whatever
/// the body or the id, no answer is a 5xx, and a refused request (4xx) changes nothing — the resource read back before
/// and after is the same.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BadInputPropertyTests(PropertyApi api) : IClassFixture<PropertyApi>
{
    private static readonly string[] OddIds = ["a{0}", "{", " ", "a b", "..", "%2F", new string('i', 65), new string('长', 300), "ids?q=1", "-x"];

    private static readonly JsonNode?[] OddValues =
    [
        null, "", " ", "a{0}", new string('x', 4001), new string('长', 201), "\u0000", "9999-12-31", "0001-01-01", "2026-13-45",
        "Nope", -1, 0, 6, int.MaxValue, 1e40, true, new JsonArray(), new JsonObject(), new JsonArray([.. Enumerable.Range(0, 101).Select(i => JsonValue.Create($"i{i}"))]),
        "😀💥", "<script>alert(1)</script>", "'; DROP TABLE AfterSalesGrainState; --",
    ];

    [Fact]
    public async Task No_bad_input_is_a_5xx_and_a_refused_request_changes_nothing()
    {
        var w = await MatrixWorld.Create(api);
        var document = await ApiDescription.Load(w.Manager);
        var operations = document.Operations.Where(o => o.Changes).ToArray();
        var bodies = operations.ToDictionary(o => o.Key, o => o.Body is { } schema ? SchemaBodies.Valid(document, schema, f => Field(f, w)) : null);
        var input =
            from operation in Gen.Elements(operations)
            from oddId in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, Gen.Elements(OddIds).Select(i => (string?)i)))
            from body in Mutated(bodies[operation.Key])
            select new BadInput(operation, oddId, body);

        var property = Prop.ForAll(input.ToArbitrary(), bad =>
        {
            if (Send(bad, w).GetAwaiter().GetResult() is { } failure)
            {
                throw new InvalidOperationException(failure);
            }
        });

        // The property blocks on each request: run it off the test's synchronization context.
        await Task.Run(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), property));
    }

    /// <summary>Null when the answer is as it must be; otherwise what went wrong.</summary>
    private static async Task<string?> Send(BadInput bad, MatrixWorld w)
    {
        var path = MatrixWorld.PathOf(bad.Operation.Path, w.Own, bad.OddId);
        var readBack = ReadBack(bad.Operation.Path, bad.OddId, w.Own);
        var before = readBack is null ? null : await State(w.Manager, readBack);
        using var request = new HttpRequestMessage(new HttpMethod(bad.Operation.Method), path);
        if (bad.Operation.Body is not null)
        {
            request.Content = new StringContent(bad.Body, Encoding.UTF8, "application/json");
        }

        using var response = await w.Manager.SendAsync(request);
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status} for {bad}: {await response.Content.ReadAsStringAsync()}";
        }

        if (status >= 400 && readBack is not null && await State(w.Manager, readBack) is var after && after != before)
        {
            return $"{status} for {bad} changed {readBack}:\n before {before}\n after  {after}";
        }

        return null;
    }

    /// <summary>The resource a command changes, read back to see that a refusal changed nothing.</summary>
    private static string? ReadBack(string template, string? oddId, Side side) =>
        oddId is not null || !template.Contains("{id}") ? template.Split('/')[2] switch
        {
            "tool-kits" => "/api/tool-kits/TruckMixer",
            "code-of-conduct" => "/api/code-of-conduct",
            _ => null,
        }
        : template.Split('/')[2] switch
        {
            "tickets" or "alerts" => $"/api/tickets/{side.TicketId}",
            "customers" => $"/api/customers/{side.CustomerId}",
            "engineers" => $"/api/engineers/{side.EngineerId}",
            "stations" => $"/api/stations/{side.StationId}",
            "sites" => $"/api/sites/{side.SiteId}",
            _ => "/api/code-of-conduct",
        };

    /// <summary>What a read shows of the state; of a ticket its version, status and history (its SLA figures move with the clock).</summary>
    private static async Task<string> State(HttpClient client, string path)
    {
        var json = JsonNode.Parse(await client.GetStringAsync(path))!;
        return path.StartsWith("/api/tickets/", StringComparison.Ordinal)
            ? $"{json["version"]} {json["status"]} {json["history"]!.AsArray().Count}"
            : json.ToJsonString();
    }

    /// <summary>A valid body with one field set to an odd value, one field left out, or replaced whole by something odd.</summary>
    private static Gen<string> Mutated(JsonNode? valid)
    {
        var fields = valid is JsonObject o ? o.Select(p => p.Key).ToArray() : [];
        var whole = Gen.Elements("null", "", "[]", "{", "\"x\"", "{}", "{\"unknown\":1}", "1", new string('[', 300));
        if (fields.Length == 0)
        {
            return Gen.Frequency((1, Gen.Constant(valid?.ToJsonString() ?? "{}")), (2, whole));
        }

        var oddField =
            from field in Gen.Elements(fields)
            from value in Gen.Elements(OddValues)
            select With(valid!, field, value?.DeepClone(), remove: false);
        var missing = Gen.Elements(fields).Select(field => With(valid!, field, null, remove: true));
        return Gen.Frequency((6, oddField), (2, missing), (1, whole));
    }

    private static string With(JsonNode valid, string field, JsonNode? value, bool remove)
    {
        var body = valid.DeepClone().AsObject();
        if (remove)
        {
            body.Remove(field);
        }
        else
        {
            body[field] = value;
        }

        return body.ToJsonString();
    }

    private static JsonNode? Field(string field, MatrixWorld w) => field switch
    {
        "customerId" => w.Own.CustomerId,
        "machineSerial" or "serial" => w.Own.Serial,
        "engineerId" => w.Own.EngineerId,
        "id" => w.Fresh(),
        "tools" => new JsonArray([.. w.KitTools.Select(t => JsonValue.Create(t))]),
        "productLine" => "TruckMixer",
        _ => null,
    };
}
