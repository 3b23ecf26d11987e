using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Tests.Api;

namespace AfterSales.Tests.Access;

/// <summary>A service of its own: the matrix changes tickets, master data and the tool kits as it goes.</summary>
public sealed class MatrixApi : ApiFixture;

/// <summary>
/// The authorization matrix: every operation of the API document x every role x its own or another's object,
/// compared with <c>expected-access.txt</c> (written by hand from the API contract, whose roles docs/api.md gives, not from the policy's code). A refusal is
/// a 403; anything else (200, 201, 400, 404, 409, ...) is the caller being let through to the rules. Allowed answers to
/// a customer or a station are searched for what they may not read.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AccessMatrixTests(MatrixApi api) : IClassFixture<MatrixApi>
{
    private static readonly Role[] Staff =
    [
        Role.ServiceAssistant, Role.PartsSalesman, Role.ServiceManager, Role.ServiceEngineer, Role.TechnicalDepartment,
        Role.QualityDepartment, Role.SalesDepartment, Role.Marketing, Role.Purchasing, Role.Warehouse, Role.CompanyLeader,
        Role.InstallationTeam, Role.FieldDirector,
    ];

    private static readonly Role[] Departments =
    [
        Role.ServiceAssistant, Role.PartsSalesman, Role.TechnicalDepartment, Role.QualityDepartment, Role.SalesDepartment,
        Role.Marketing, Role.Purchasing, Role.Warehouse, Role.CompanyLeader,
    ];

    [Fact]
    public async Task Every_operation_answers_every_role_on_its_own_and_on_another_object_as_API_md_says()
    {
        var w = await MatrixWorld.Create(api);
        var document = await ApiDescription.Load(w.Manager);
        var expected = Expected();
        var operations = document.Operations.ToList();
        Assert.Equal(expected.Keys.Order(), operations.Select(o => o.Key).Order());

        var callers = Enum.GetValues<Role>().ToDictionary(r => r, w.Caller);
        var wrong = new List<string>();
        // Reads first, then commands, each in the document's order: a command may move a ticket on, never to another owner.
        foreach (var operation in operations.OrderBy(o => o.Changes))
        {
            var objectBound = operation.Path.Contains('{') && !operation.Path.StartsWith("/api/tool-kits", StringComparison.Ordinal)
                && !operation.Path.StartsWith("/api/code-of-conduct", StringComparison.Ordinal);
            foreach (var role in Enum.GetValues<Role>())
            {
                foreach (var own in objectBound ? [true, false] : new[] { true })
                {
                    var side = own ? w.Own : w.Other;
                    using var request = Request(operation, document, w, side, role);
                    using var response = await callers[role].SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    var status = (int)response.StatusCode;
                    var what = $"{role} on {(own ? "its own" : "another's")}: {operation.Key} -> {status}";
                    Assert.True(status is not 401 and < 500, $"{what} {body}");

                    var allowed = expected[operation.Key].TryGetValue(role, out var reach) && (own || reach == "any" || !objectBound);
                    if (allowed && status == 403)
                    {
                        wrong.Add($"over-refusal: {what} {body}");
                    }
                    else if (!allowed && status != 403)
                    {
                        wrong.Add($"leak: {what} {Shorten(body)}");
                    }
                    else if (allowed && role is Role.Customer or Role.ServiceStation && status / 100 == 2)
                    {
                        // A spreadsheet export holds the rows of its JSON list: its CSV must not name another's customer.
                        var media = response.Content.Headers.ContentType?.MediaType;
                        wrong.AddRange(media == "text/csv" ? body.Contains(w.Other.CustomerId, StringComparison.Ordinal) ? [$"leak in the export: {what}"] : []
                            : media?.Contains("json", StringComparison.Ordinal) == true ? Unreadable(JsonNode.Parse(body), role, w).Select(f => $"leak in the answer: {what}: {f}")
                            : []);
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} differences from docs/api.md:\n{string.Join("\n", wrong)}");
    }

    /// <summary>What a customer or a station may not read: another's customer, tickets or figures; an engineer's private record.</summary>
    private static IEnumerable<string> Unreadable(JsonNode? node, Role role, MatrixWorld w)
    {
        switch (node)
        {
            case JsonArray items:
                foreach (var finding in items.SelectMany(i => Unreadable(i, role, w)))
                {
                    yield return finding;
                }

                break;
            case JsonObject o:
                if (role == Role.Customer && o["customerId"]?.GetValue<string>() is { } customer && customer != w.Own.CustomerId)
                {
                    yield return $"customerId {customer}";
                }

                if (role == Role.ServiceStation && o["stationId"] is JsonValue station && station.GetValue<string>() != w.Own.StationId)
                {
                    yield return $"stationId {station}";
                }

                if (o["sanctions"] is JsonArray { Count: > 0 } || o["homeCity"]?.GetValue<string>() is { Length: > 0 } || o["tools"] is JsonArray { Count: > 0 } && o["evaluations"] is not null)
                {
                    yield return "an engineer's private record (sanctions, home city, tools)";
                }

                if (o["evaluations"] is JsonArray evaluations && evaluations.Any(e => e?["by"]?.GetValue<string>() != w.SubjectOf(role)))
                {
                    yield return "another's evaluation of the engineer";
                }

                foreach (var finding in o.Select(p => p.Value).SelectMany(v => Unreadable(v, role, w)))
                {
                    yield return finding;
                }

                break;
        }
    }

    private static HttpRequestMessage Request(ApiOperation operation, ApiDescription document, MatrixWorld w, Side side, Role role)
    {
        var path = MatrixWorld.PathOf(operation.Path, side);
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
        if (operation.Body is { } schema)
        {
            var body = SchemaBodies.Valid(document, schema, field => Field(field, operation, w, side, role));
            request.Content = new StringContent(body!.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return request;
    }

    /// <summary>The body a client of this role would send about this side's objects; null leaves the schema's value.</summary>
    private static JsonNode? Field(string field, ApiOperation operation, MatrixWorld w, Side side, Role role) => field switch
    {
        "id" => w.Fresh(),
        "customerId" => side.CustomerId,
        "machineSerial" or "serial" => side.Serial,
        // An engineer reads the hours of a machine on a ticket assigned to them (R-MCH-2).
        "ticketId" => side.TicketId,
        // A training is run by the engineer who records it (R-TRN-2), on any site.
        "engineerId" => operation.Path.EndsWith("/trainings", StringComparison.Ordinal) ? w.Own.EngineerId : side.EngineerId,
        "productLine" => "TruckMixer",
        // A customer's person: the account the desk may create too.
        "userName" => w.Fresh().ToLowerInvariant(),
        "role" when operation.Path == "/api/users" => "Customer",
        "tools" => new JsonArray([.. w.KitTools.Select(t => JsonValue.Create(t))]),
        "channel" => role == Role.ServiceEngineer ? "SiteRequisition" : "Telephone",
        // An evaluation's source is the caller's kind (R-ENG-3/4).
        "source" => role switch
        {
            Role.Customer => "Customer",
            Role.ServiceStation => "Dealer",
            Role.ServiceManager or Role.SalesDepartment or Role.Marketing => "QualityVisit",
            _ => "Department",
        },
        "kind" when operation.Path.EndsWith("/disposition", StringComparison.Ordinal) => role == Role.Purchasing ? "WarrantyClaim" : "QcCheck",
        "validFrom" => "2031-01-01",
        "validTo" => "2031-12-31",
        _ => null,
    };

    /// <summary>expected-access.txt: operation -> role -> "any" or "own".</summary>
    private static Dictionary<string, Dictionary<Role, string>> Expected()
    {
        var table = new Dictionary<string, Dictionary<Role, string>>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Access", "expected-access.txt")))
        {
            if (line.Trim() is "" || line.StartsWith('#'))
            {
                continue;
            }

            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var roles = new Dictionary<Role, string>();
            foreach (var word in words[2..])
            {
                var (name, reach) = word.Split(':') is [var n, var r] ? (n, r) : (word, "any");
                foreach (var role in name switch { "staff" => Staff, "departments" => Departments, _ => [Enum.Parse<Role>(name)] })
                {
                    roles[role] = reach;
                }
            }

            table.Add($"{words[0]} {words[1]}", roles);
        }

        return table;
    }

    private static string Shorten(string body) => body.Length > 300 ? body[..300] + "..." : body;
}
