using System.Net;
using System.Text.Json;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using MiniExcelLibs;

namespace AfterSales.Tests.Api;

/// <summary>docs/api.md "Documents and exports": the reports and the ticket list as .xlsx and .csv, the same rows as their JSON.</summary>
[Collection(ApiCollection.Name)]
public sealed class ExportApiTests(ApiFixture api)
{
    private HttpClient Quality => api.As(Role.QualityDepartment, "qa-li");

    [Fact]
    public async Task The_response_time_report_as_xlsx_has_the_rows_of_its_json_and_english_headers_for_an_api_client()
    {
        var w = await ApiWorld.Create(api);
        await w.Open();
        const string query = "?bucket=month&from=2026-01-01&region=Shandong";
        var json = await Quality.GetAsync($"/api/reports/response-times{query}").Ok<List<ResponseTimeRow>>();

        var xlsx = await Quality.GetAsync($"/api/reports/response-times.xlsx{query}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("response-times.xlsx", xlsx.Content.Headers.ContentDisposition?.FileNameStar ?? xlsx.Content.Headers.ContentDisposition?.FileName);
        var rows = Read(await xlsx.Content.ReadAsByteArrayAsync(), ExcelType.XLSX);
        Assert.Equal(json.Select(r => r.Period), rows.Select(r => (string)r["period"]!));
        Assert.Equal(json.Select(r => (double)r.Tickets), rows.Select(r => Convert.ToDouble(r["tickets"])));
        Assert.Equal(json.Select(r => (double)r.Breaches), rows.Select(r => Convert.ToDouble(r["breaches"])));
        Assert.Equal(json.Select(r => r.FirstResponseP50Hours), rows.Select(r => r["firstResponseP50Hours"] is { } v ? Convert.ToDouble(v) : (double?)null));
    }

    [Fact]
    public async Task The_satisfaction_report_as_csv_is_headed_in_chinese_for_a_caller_who_asks_in_chinese()
    {
        const string query = "?from=2026-01-01&to=2026-06-30";
        var json = await Quality.GetAsync($"/api/reports/satisfaction{query}").Ok<List<SatisfactionRow>>();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/reports/satisfaction.csv{query}");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var csv = await Quality.SendAsync(request);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("期间,", text.TrimStart('\uFEFF'));
        var rows = Read(await csv.Content.ReadAsByteArrayAsync(), ExcelType.CSV);
        Assert.Equal(json.Select(r => r.Period), rows.Select(r => r["期间"]?.ToString()));
        Assert.Equal(json.Select(r => r.Responses.ToString()), rows.Select(r => r["评价数"]?.ToString()));
    }

    [Fact]
    public async Task The_ticket_list_exports_every_page_and_a_customer_exports_only_its_own_tickets()
    {
        var w = await ApiWorld.Create(api);
        var mine = new[] { (await w.Open()).Id, (await w.Open()).Id, (await w.Open()).Id };
        var listed = await w.Manager.All<TicketSummary>($"/api/tickets?customerId={w.CustomerId}&limit=2");
        var export = Read(await (await w.Manager.GetAsync($"/api/tickets.xlsx?customerId={w.CustomerId}")).Content.ReadAsByteArrayAsync(), ExcelType.XLSX);
        Assert.Equal(listed.Select(t => t.Id), export.Select(r => (string)r["id"]!));
        Assert.Equal(mine.Order(), export.Select(r => (string)r["id"]!).Order());
        Assert.All(export, r => Assert.Equal("Received", r["status"]));

        var other = await ApiWorld.Create(api);
        await other.Open();
        var own = Read(await (await w.Customer.GetAsync("/api/tickets.csv")).Content.ReadAsByteArrayAsync(), ExcelType.CSV);
        Assert.All(own, r => Assert.Equal(w.CustomerId, r["customerId"]));
        await api.As(Role.Customer, "buyer", customerId: w.CustomerId).GetAsync("/api/reports/satisfaction.xlsx").Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_chinese_ticket_list_has_chinese_values_local_times_and_names_beside_the_ids()
    {
        var w = await ApiWorld.Create(api);
        var ticket = await w.Open();
        await w.Assistant.Post($"/api/tickets/{ticket.Id}/classify", new { category = "Breakdown" }).Ok<TicketView>();
        await w.Assistant.Post($"/api/tickets/{ticket.Id}/assign", new { engineerId = w.EngineerId }).Ok<TicketView>();

        var xlsx = await w.Manager.GetAsync($"/api/tickets.xlsx?customerId={w.CustomerId}&lang=zh");
        var row = Assert.Single(Read(await xlsx.Content.ReadAsByteArrayAsync(), ExcelType.XLSX));
        Assert.Equal(ticket.Id, row["工单号"]);
        Assert.Equal("已分类", row["状态"]);
        Assert.Equal("电话", row["受理方式"]);
        Assert.Equal("故障", row["类别"]);
        Assert.Equal("搅拌车", row["产品线"]);
        Assert.Equal("山东", row["地区"]);
        Assert.Equal(w.CustomerId, row["客户编号"]);
        Assert.Equal("济南建业混凝土有限公司", row["客户"]);
        Assert.Equal(w.EngineerId, row["服务工程师编号"]);
        Assert.Equal("王工", row["服务工程师"]);
        Assert.Equal("否", row["超时"]);
        // The receipt in the configured zone's local time (Asia/Shanghai by default), not UTC.
        var local = TimeZoneInfo.ConvertTime(ticket.ReceivedAt, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        Assert.Equal(local.ToString("yyyy-MM-dd HH:mm"), row["受理时间（当地时间）"]);

        // In English, the API's values: enum names and UTC.
        var english = Assert.Single(Read(await (await w.Manager.GetAsync($"/api/tickets.xlsx?customerId={w.CustomerId}&lang=en")).Content.ReadAsByteArrayAsync(), ExcelType.XLSX));
        Assert.Equal("Classified", english["status"]);
        Assert.Equal("王工", english["engineerName"]);
        Assert.EndsWith("Z", (string)english["receivedAt"]!);
    }

    [Fact]
    public async Task The_satisfaction_ranking_by_engineer_names_each_engineer_beside_the_id()
    {
        var w = await ApiWorld.Create(api);
        await w.Manager.Post("/api/surveys", new { customerId = w.CustomerId, score = 5, engineerId = w.EngineerId, at = "2026-03-10T02:00:00Z" }).Ok<object>(HttpStatusCode.Created);
        var xlsx = await Quality.GetAsync("/api/reports/satisfaction.xlsx?from=2026-03-01&to=2026-03-31&groupBy=engineer&lang=zh");
        var row = Assert.Single(Read(await xlsx.Content.ReadAsByteArrayAsync(), ExcelType.XLSX), r => (string?)r["工程师或服务站编号"] == w.EngineerId);
        Assert.Equal("王工", row["工程师或服务站"]);
    }

    private static List<IDictionary<string, object?>> Read(byte[] bytes, ExcelType type)
    {
        using var stream = new MemoryStream(bytes);
        return [.. stream.Query(useHeaderRow: true, excelType: type).Cast<IDictionary<string, object?>>()];
    }
}
