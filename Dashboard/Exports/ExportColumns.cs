using System.Globalization;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Dashboard.Exports;

/// <summary>The columns of each export, in the order and with the figures of its JSON answer.</summary>
public static class ExportColumns
{
    public static readonly IReadOnlyList<ExportColumn<ResponseTimeRow>> ResponseTimes =
    [
        new("period", "期间", r => r.Period),
        new("tickets", "工单数", r => r.Tickets),
        new("firstResponseP50Hours", "首次响应 P50（小时）", r => r.FirstResponseP50Hours),
        new("firstResponseP90Hours", "首次响应 P90（小时）", r => r.FirstResponseP90Hours),
        new("timeToSiteP50Hours", "到达现场 P50（小时）", r => r.TimeToSiteP50Hours),
        new("timeToSiteP90Hours", "到达现场 P90（小时）", r => r.TimeToSiteP90Hours),
        new("resolutionP50Hours", "解决 P50（小时）", r => r.ResolutionP50Hours),
        new("targetFirstResponseHours", "首次响应目标（小时）", r => r.TargetFirstResponseHours),
        new("targetTimeToSiteHours", "到达现场目标（小时）", r => r.TargetTimeToSiteHours),
        new("breaches", "超时次数", r => r.Breaches),
        new("breachedTickets", "超时工单数", r => r.BreachedTickets),
    ];

    public static readonly IReadOnlyList<ExportColumn<SatisfactionRow>> Satisfaction =
    [
        new("period", "期间", r => r.Period),
        new("key", "工程师或服务站", r => r.Key),
        new("responses", "评价数", r => r.Responses),
        new("satisfied", "满意数", r => r.Satisfied),
        new("rate", "满意率", r => r.Rate),
        new("target", "目标", r => r.Target),
        new("belowTarget", "低于目标", r => r.BelowTarget),
    ];

    public static readonly IReadOnlyList<ExportColumn<TicketSummary>> Tickets =
    [
        new("id", "工单号", t => t.Id),
        new("status", "状态", t => t.Status.ToString()),
        new("channel", "受理方式", t => t.Channel.ToString()),
        new("customerId", "客户", t => t.CustomerId),
        new("machineSerial", "设备", t => t.MachineSerial),
        new("productLine", "产品线", t => t.ProductLine.ToString()),
        new("category", "类别", t => t.Category?.ToString()),
        new("engineerId", "服务工程师", t => t.EngineerId),
        new("stationId", "服务站", t => t.StationId),
        new("receivedAt", "受理时间（UTC）", t => t.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new("breached", "超时", t => t.Breached),
    ];
}
