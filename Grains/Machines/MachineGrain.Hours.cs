using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Machines;

/// <summary>Operating hours (R-MCH-2, R-MCH-3): readings only go forward, never faster than time; the manager corrects.</summary>
public sealed partial class MachineGrain
{
    /// <summary>How far ahead of the service's clock a reading's time may be (a phone's clock a little fast).</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    // R-MCH-2: by an engineer on a ticket of the machine assigned to them, the owner, the desk.
    public async Task<MachineView> RecordHours(Command<HoursReading> command)
    {
        // Whom the ticket named is assigned to decides whether an engineer may read this machine's meter (the access policy).
        _engineerOfTicket = command.By.Role == Role.ServiceEngineer ? await EngineerOf(command.Body.TicketId) : null;
        try
        {
            return await Execute(command, MachineOperation.RecordHours, now =>
            {
                EnsureRegistered();
                var reading = command.Body;
                Record(reading.Hours, reading.ReadAt, SourceOf(command.By), command.By.UserId, now, Text.Optional(reading.TicketId));
                return Plan(now);
            });
        }
        finally
        {
            _engineerOfTicket = null;
        }
    }

    // R-MCH-3: the ticket checked who arrived; the reading is judged like any other (R-MCH-2).
    public async Task RecordTicketReading(TicketReading reading)
    {
        EnsureRegistered();
        var now = clock.GetUtcNow();
        await Pipeline.Change(async draft =>
        {
            Record(reading.Hours, reading.ReadAt, SourceOf(reading.By), reading.By.UserId, now, reading.TicketId);
            draft.Version++;
            await Plan(now);
        });
    }

    // R-MCH-2: only the service manager corrects a reading, with a reason; the original is kept beside the correction.
    public Task<MachineView> CorrectHours(Command<HoursCorrection> command) =>
        Execute(command, MachineOperation.CorrectHours, async now =>
        {
            EnsureRegistered();
            var c = command.Body;
            var reason = Text.Required(c.Reason, "reason", "R-MCH-2");
            RequireHoursValue(c.Hours);
            var (before, original, after) = await Records.Around(Serial, c.ReadAt);
            if (original is null)
            {
                throw new NotFoundException("Reading", $"{Serial}@{c.ReadAt:O}");
            }

            // The corrected value still lies between its neighbours, by R-MCH-2's measure.
            if (before is not null)
            {
                RequireForward(before.Hours, before.ReadAt, c.Hours, c.ReadAt);
            }

            if (after is not null)
            {
                RequireForward(c.Hours, c.ReadAt, after.Hours, after.ReadAt);
            }

            S.ReadingSeq++;
            S.Unsent.Add(new MachineReading(Serial, S.ReadingSeq, c.Hours, c.ReadAt, original.Source, command.By.UserId, now, original.TicketId, original.Seq, reason));
            if (S.Hours is { } last && last.ReadAt == c.ReadAt)
            {
                S.Hours = last with { Value = c.Hours };
            }

            S.Anchors = [.. S.Anchors.Select(a => a.ReadAt == c.ReadAt ? a with { Hours = c.Hours } : a)];
            await Plan(now);
        });

    /// <summary>
    /// A reading checked against the newest one (R-MCH-2), and written: to the readings table always, as the machine's
    /// hours when it is the newest. Also the arrival's reading of a ticket (R-MCH-3).
    /// </summary>
    private void Record(double hours, DateTimeOffset readAt, ReadingSource source, string by, DateTimeOffset now, string? ticketId)
    {
        RequireHoursValue(hours);
        if (readAt > now + ClockSkew)
        {
            throw new InvalidInputException("R-MCH-2", "readAt", Sentence.Of("refusal.machine.reading-in-future", "R-MCH-2: a reading is not taken in the future."));
        }

        if (S.Hours is { } last)
        {
            if (readAt >= last.ReadAt)
            {
                RequireForward(last.Value, last.ReadAt, hours, readAt);
            }
            else
            {
                // A reading of earlier, arriving late (a phone back online): it fits before the newest one.
                RequireForward(hours, readAt, last.Value, last.ReadAt);
            }
        }
        else
        {
            // A first reading: no more hours than have passed since commissioning (else since registration).
            var since = S.CommissionedOn is { } on ? calendar.StartOf(on) : S.RegisteredAt;
            if (since is { } start && hours > Math.Max(0, (readAt - start).TotalHours))
            {
                throw new RuleViolationException("R-MCH-2", Sentence.Of(
                    "refusal.machine.first-reading-too-high",
                    $"R-MCH-2: {hours:0.#} hours is more than the {Math.Max(0, (readAt - start).TotalHours):0.#} hours that have passed since {start:yyyy-MM-dd}.",
                    $"{hours:0.#}", $"{Math.Max(0, (readAt - start).TotalHours):0.#}", $"{start:yyyy-MM-dd}"));
            }
        }

        S.ReadingSeq++;
        S.Unsent.Add(new MachineReading(Serial, S.ReadingSeq, hours, readAt, source, by, now, ticketId));
        if (S.Hours is null || readAt >= S.Hours.ReadAt)
        {
            S.Hours = new MachineHours(hours, readAt, source);
            S.Anchors = HoursAverage.Anchor(S.Anchors, new HoursAnchor(readAt, hours));
        }
    }

    /// <summary>R-MCH-2: from (<paramref name="h0"/> at <paramref name="t0"/>) to (<paramref name="h1"/> at <paramref name="t1"/>), never backwards nor faster than time.</summary>
    private static void RequireForward(double h0, DateTimeOffset t0, double h1, DateTimeOffset t1)
    {
        if (h1 < h0)
        {
            throw new RuleViolationException("R-MCH-2", Sentence.Of(
                "refusal.machine.hours-backwards", $"R-MCH-2: {h1:0.#} hours is below the reading of {h0:0.#} hours taken {t0:yyyy-MM-dd HH:mm} UTC.",
                $"{h1:0.#}", $"{h0:0.#}", $"{t0:yyyy-MM-dd HH:mm}"));
        }

        var elapsed = Math.Max(0, (t1 - t0).TotalHours);
        if (h1 - h0 > elapsed + 0.01)
        {
            throw new RuleViolationException("R-MCH-2", Sentence.Of(
                "refusal.machine.hours-faster-than-time",
                $"R-MCH-2: {h1 - h0:0.#} hours more than the reading of {t0:yyyy-MM-dd HH:mm} UTC, but only {elapsed:0.#} hours have passed.",
                $"{h1 - h0:0.#}", $"{t0:yyyy-MM-dd HH:mm}", $"{elapsed:0.#}"));
        }
    }

    private static void RequireHoursValue(double hours)
    {
        if (double.IsNaN(hours) || hours < 0 || hours > 1_000_000)
        {
            throw new InvalidInputException("R-MCH-2", "hours", Sentence.Of("refusal.machine.hours-range", "R-MCH-2: hours are a number from 0 to 1,000,000."));
        }
    }

    private static ReadingSource SourceOf(Actor by) => by.Role switch
    {
        Role.ServiceEngineer => ReadingSource.Engineer,
        Role.Customer => ReadingSource.Customer,
        _ => ReadingSource.Desk,
    };

    /// <summary>The engineer of the ticket an engineer's reading names, when it is a ticket of this machine; else nobody.</summary>
    private async Task<string?> EngineerOf(string? ticketId)
    {
        if (Text.Optional(ticketId) is not { } id || !S.Registered)
        {
            return null;
        }

        try
        {
            var ticket = await GrainFactory.Get<ITicketGrain>(id).Get();
            return ticket.MachineSerial == Serial && ticket.ClosedAt is null ? ticket.EngineerId : null;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
