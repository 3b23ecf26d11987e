using AfterSales.Dashboard.Reporting;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Dashboard.App;

/// <summary>
/// The installed base as the web app's machine pages read it (docs/api.md "Machines"): the same read model and the same
/// narrowing by the caller's reach as the API's, so a page never shows what <c>GET /api/machines</c> would not answer.
/// </summary>
public interface IMachines
{
    /// <summary>
    /// Machines by serial, a page after the cursor: those whose serial, model or owner holds <paramref name="text"/>, of a
    /// line, with maintenance due; a customer only its own, a station those of its area (R-MCH-1).
    /// </summary>
    Task<ListPage<MachineSummary>> List(Actor by, string? text, ProductLine? line, bool maintenanceDue, string? after, int limit);

    /// <summary>The machine as the caller may read it (403 otherwise, 404 unknown).</summary>
    Task<MachineView> Read(Actor by, string serial);

    /// <summary>The machine's tickets the caller may list, newest first, at most <paramref name="limit"/> (its history across owners for the staff).</summary>
    Task<IReadOnlyList<TicketSummary>> Tickets(Actor by, string serial, int limit);

    /// <summary>Its readings of the hours, newest read first, each correction beside its original (R-MCH-2), a page after the cursor.</summary>
    Task<ListPage<ReadingLine>> Readings(Actor by, string serial, string? after, int limit);

    /// <summary>Now, by the service's clock: what a reading's time is judged against (R-MCH-2), so the form's default is never "in the future".</summary>
    DateTimeOffset Now { get; }
}
