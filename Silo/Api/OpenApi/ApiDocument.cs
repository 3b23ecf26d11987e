using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AfterSales.Silo.Api.OpenApi;

/// <summary>
/// The API document of docs/api.md at <c>/openapi/v1.json</c>: what the service is, the bearer scheme every operation
/// needs, the tags described; only <c>/api</c> is published (the Orleans dashboard's internals are not the API).
/// </summary>
public sealed class ApiDocument : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "Bearer";

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Tickets"] = "Service requests from intake to the customer's confirmation (R-TKT, R-WTY).",
        ["Customers"] = "Customers and their machines.",
        ["Machines"] = "The installed base by serial: owners, hours and their corrections, warranty by months or hours (R-MCH, R-WTY-4).",
        ["Engineers"] = "Engineers, their evaluations and sanctions (R-ENG).",
        ["Tool kits"] = "The tools an engineer carries per product line (R-ENG-2).",
        ["Maintenance plans"] = "The maintenance plans of the product lines: tasks due by hours or months, whichever first (R-PM-1).",
        ["Service stations"] = "Authorized service stations and their agreements (R-STN).",
        ["Service campaigns"] = "Retrofits, inspections and recalls over many machines, one ticket each, and their progress by station (R-CMP-1).",
        ["Alerts"] = "SLA alerts for the service manager (R-TKT-3, R-TKT-5).",
        ["Reports"] = "Response times, satisfaction and overdue old parts (R-SAT, R-WTY-3).",
        ["Code of conduct"] = "The code of conduct's versions and change applications (R-DOC).",
        ["Installation sites"] = "Installation, commissioning and training at customers' sites (R-INS, R-TRN).",
        ["Evidence files"] = "Photos, scans and signatures of tickets and installations, stored by their SHA-256 (R-TKT-6, R-TKT-10, R-INS-4).",
        ["Documents"] = "The service and commissioning reports printed in duplicate, and exports (R-TKT-9, R-INS-4).",
        ["Webhooks"] = "Other systems' subscriptions to the events, and their deliveries.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "AfterSales.Orleans API",
            Version = "v1",
            Description = "The after-sales service of a concrete-machinery maker, by its code of conduct (XLC/CLX-AS-02). "
                + "Errors are RFC 9457 problem details; a refusal by a rule names it in `ruleId`.",
            Contact = new OpenApiContact { Name = "AfterSales.Orleans" },
            License = new OpenApiLicense { Name = "Proprietary", Identifier = "LicenseRef-Proprietary" },
        };
        document.Servers = [new OpenApiServer { Url = "/", Description = "This service" }];

        foreach (var path in document.Paths.Keys.Where(p => !p.StartsWith("/api/", StringComparison.Ordinal)).ToList())
        {
            document.Paths.Remove(path);
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT with the claims sub, role and, for a customer, customerId or, for a station, stationId.",
            },
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
        document.Tags = new HashSet<OpenApiTag>(TagDescriptions.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
        return Task.CompletedTask;
    }
}
