using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Dashboard.Exports;

/// <summary>The columns of each export, in the order and with the figures of its JSON answer.</summary>
public static class ExportColumns
{
    public static readonly IReadOnlyList<ExportColumn<ResponseTimeRow>> ResponseTimes =
    [
        new("period", "期间", (r, _) => r.Period),
        new("tickets", "工单数", (r, _) => r.Tickets),
        new("firstResponseP50Hours", "首次响应 P50（小时）", (r, _) => r.FirstResponseP50Hours),
        new("firstResponseP90Hours", "首次响应 P90（小时）", (r, _) => r.FirstResponseP90Hours),
        new("timeToSiteP50Hours", "到达现场 P50（小时）", (r, _) => r.TimeToSiteP50Hours),
        new("timeToSiteP90Hours", "到达现场 P90（小时）", (r, _) => r.TimeToSiteP90Hours),
        new("resolutionP50Hours", "解决 P50（小时）", (r, _) => r.ResolutionP50Hours),
        new("targetFirstResponseHours", "首次响应目标（小时）", (r, _) => r.TargetFirstResponseHours),
        new("targetTimeToSiteHours", "到达现场目标（小时）", (r, _) => r.TargetTimeToSiteHours),
        new("breaches", "超时次数", (r, _) => r.Breaches),
        new("breachedTickets", "超时工单数", (r, _) => r.BreachedTickets),
    ];

    public static readonly IReadOnlyList<ExportColumn<SatisfactionRow>> Satisfaction =
    [
        new("period", "期间", (r, _) => r.Period),
        new("key", "工程师或服务站编号", (r, _) => r.Key),
        new("name", "工程师或服务站", (r, x) => ExportNames.Of(x.Names.Engineers, r.Key) ?? ExportNames.Of(x.Names.Stations, r.Key)),
        new("responses", "评价数", (r, _) => r.Responses),
        new("satisfied", "满意数", (r, _) => r.Satisfied),
        new("rate", "满意率", (r, _) => r.Rate),
        new("target", "目标", (r, _) => r.Target),
        new("belowTarget", "低于目标", (r, _) => r.BelowTarget),
    ];

    /// <summary>
    /// The ticket list: ids as the API keeps them, each beside its name (customer, engineer, station); status, channel,
    /// category, product line, region and breach in the reader's words; the receipt in local time for a Chinese reader.
    /// </summary>
    public static readonly IReadOnlyList<ExportColumn<TicketSummary>> Tickets =
    [
        new("id", "工单号", (t, _) => t.Id),
        new("status", "状态", (t, r) => r.Word<TicketStatus>(t.Status, $"status.{t.Status}")),
        new("channel", "受理方式", (t, r) => r.Word<IntakeChannel>(t.Channel)),
        new("customerId", "客户编号", (t, _) => t.CustomerId),
        new("customerName", "客户", (t, r) => ExportNames.Of(r.Names.Customers, t.CustomerId)),
        new("machineSerial", "设备", (t, _) => t.MachineSerial),
        new("productLine", "产品线", (t, r) => r.Word<ProductLine>(t.ProductLine, $"productLine.{t.ProductLine}")),
        new("category", "类别", (t, r) => r.Word(t.Category)),
        new("engineerId", "服务工程师编号", (t, _) => t.EngineerId),
        new("engineerName", "服务工程师", (t, r) => ExportNames.Of(r.Names.Engineers, t.EngineerId)),
        new("stationId", "服务站编号", (t, _) => t.StationId),
        new("stationName", "服务站", (t, r) => ExportNames.Of(r.Names.Stations, t.StationId)),
        new("region", "地区", (t, r) => Places.Region(t.Region, r.Chinese)),
        new("receivedAt", "受理时间（当地时间）", (t, r) => r.Time(t.ReceivedAt)),
        new("breached", "超时", (t, r) => r.YesNo(t.Breached)),
    ];
}
