using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.CodeOfConduct;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.GrainInterfaces.Stations;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;
using AfterSales.Grains.Sla;
using AfterSales.Grains.Stations;

namespace AfterSales.Grains.Tickets;

/// <summary>Intake, classification, assignment, first contact and phone service (R-TKT-1..4).</summary>
public sealed partial class TicketGrain
{
    // R-TKT-1: the channel, the customer and the machine, the fault, who received it and when.
    public Task<TicketView> Open(Command<OpenTicket> command) =>
        Execute(command, TicketOperation.Open, async now =>
        {
            var (by, o) = (command.By, command.Body);
            if (by.Role == Role.ServiceEngineer && o.Channel != IntakeChannel.SiteRequisition)
            {
                throw new ForbiddenException("R-TKT-1", Sentence.Of("refusal.ticket.engineer-requisitions-only", "An engineer raises only site requisitions."));
            }

            if (S.Opened)
            {
                throw new RuleViolationException(RuleIds.IdExists, Sentence.Of("refusal.ticket.exists", $"Ticket '{Id}' exists."));
            }

            if (o.Channel.Planned())
            {
                throw new InvalidInputException("R-TKT-1", "channel", Sentence.Of(
                    "refusal.ticket.planned-channel", $"R-TKT-1: {o.Channel} tickets are raised by the service from plans and campaigns, not taken in."));
            }

            var customerId = Text.Required(o.CustomerId, "customerId", "R-TKT-1");
            var serial = Text.Required(o.MachineSerial, "machineSerial", "R-TKT-1");
            var description = Text.Required(o.Description, "description", "R-TKT-1");

            // The code in force is asked while the customer is read: neither answer waits for the other.
            var inForce = GrainFactory.Get<ICodeOfConductGrain>(ICodeOfConductGrain.Ref).InForceAt(now);
            CustomerView customer;
            MachineAtReceipt machine;
            TicketContact contact;
            string? stationId;
            try
            {
                customer = await Customer(customerId);
                // R-MCH-1, R-WTY-4: the machine is the customer's now; its warranty is judged at receipt with the hours known then.
                machine = await GrainFactory.Get<IMachineGrain>(serial).AtReceipt(now) is { } m && m.CustomerId == customerId
                    ? m
                    : throw new InvalidInputException(
                        "R-TKT-1", "machineSerial", Sentence.Of("refusal.customer.no-machine", $"R-TKT-1: customer '{customerId}' has no machine '{serial}'."));
                contact = await Contact(customerId, o);
                stationId = await RouteToStation(by, customer.Region, machine.ProductLine, now);
            }
            catch (Exception)
            {
                // Refused before the code's answer was wanted: its failure, if any, is nobody's news.
                _ = inForce.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                throw;
            }

            var code = await inForce;

            S.Opened = true;
            S.Status = TicketStatus.Received;
            S.Channel = o.Channel;
            S.CustomerId = customerId;
            S.CustomerCity = customer.City;
            S.CustomerRegion = customer.Region;
            S.MachineSerial = serial;
            S.ProductLine = machine.ProductLine;
            S.Model = machine.Model;
            S.Description = description;
            S.Contact = contact;
            S.ReceivedBy = by.UserId;
            S.ReceivedAt = now;
            S.StationId = stationId;
            S.CodeVersion = code.Number;
            S.Numbers = code.Numbers;
            S.Warranty = machine.Warranty;

            // A site engineer's requisition comes from the site: no first contact to wait for (R-TKT-4).
            if (o.Channel != IntakeChannel.SiteRequisition)
            {
                StartSla(SlaKind.FirstResponse, now);
            }

            StartSla(SlaKind.TimeToSite, now);
            return stationId is null
                ? Sentence.Of("history.ticket.received", $"received by {o.Channel}: {description}")
                : Sentence.Of("history.ticket.received-routed", $"received by {o.Channel}: {description}; routed to service station {stationId} (R-STN-1)");
        }, opening: true);

    // R-PM-2, R-PM-3, R-CMP-1: planned work the service raises for a machine, taken in classified, routed like any ticket
    // (R-STN-1), with no first contact or phone attempt to wait for (so no response clocks).
    public Task<TicketView> OpenPlanned(Command<PlannedTicket> command) =>
        Execute(command, TicketOperation.Open, async now =>
        {
            if (S.Opened)
            {
                throw new RuleViolationException(RuleIds.IdExists, Sentence.Of("refusal.ticket.exists", $"Ticket '{Id}' exists."));
            }

            var p = command.Body;
            if (!p.Channel.Planned())
            {
                throw new InvalidInputException("R-TKT-1", "channel", Sentence.Of("refusal.ticket.not-planned", $"R-TKT-1: {p.Channel} is not planned work."));
            }

            var inForce = GrainFactory.Get<ICodeOfConductGrain>(ICodeOfConductGrain.Ref).InForceAt(now);
            var customer = await Customer(p.CustomerId);
            var stationId = await RouteToStation(command.By, customer.Region, p.ProductLine, now);
            var code = await inForce;

            S.Opened = true;
            S.Status = TicketStatus.Classified;
            S.Channel = p.Channel;
            S.Category = p.Channel == IntakeChannel.Campaign ? TicketCategory.Campaign : TicketCategory.Maintenance;
            S.CustomerId = p.CustomerId;
            S.CustomerCity = customer.City;
            S.CustomerRegion = customer.Region;
            S.MachineSerial = p.MachineSerial;
            S.ProductLine = p.ProductLine;
            S.Model = p.Model;
            S.Description = p.Description;
            S.Maintenance = p.Maintenance;
            S.CampaignId = p.CampaignId;
            S.ReceivedBy = command.By.UserId;
            S.ReceivedAt = now;
            S.StationId = stationId;
            S.CodeVersion = code.Number;
            S.Numbers = code.Numbers;
            S.Warranty = p.Warranty;
            return stationId is null
                ? Sentence.Of("history.ticket.planned", $"raised by {p.Channel}: {p.Description}", Phrase.EnumArg(p.Channel), Phrase.TextArg(p.Description))
                : Sentence.Of("history.ticket.planned-routed", $"raised by {p.Channel}: {p.Description}; routed to service station {stationId} (R-STN-1)", Phrase.EnumArg(p.Channel), Phrase.TextArg(p.Description), stationId);
        }, opening: true);

    // R-TKT-2: the assistant classifies and reports to the service manager.
    public Task<TicketView> Classify(Command<Classification> command) =>
        Execute(command, TicketOperation.Classify, _ =>
        {
            RequireStatus(TicketOperation.Classify, "R-TKT-2", "Classifying");
            S.Category = command.Body.Category;
            S.WarrantySuspected = command.Body.WarrantySuspected;
            S.Status = TicketStatus.Classified;
            return S.WarrantySuspected
                ? Sentence.Of("history.ticket.classified-warranty", $"classified as {S.Category}, warranty suspected; reported to the service manager")
                : Sentence.Of("history.ticket.classified", $"classified as {S.Category}; reported to the service manager");
        });

    // R-ENG-1, R-ENG-5: only a qualified engineer who is not suspended can be made responsible.
    public Task<TicketView> Assign(Command<Assignment> command) =>
        Execute(command, TicketOperation.Assign, async _ =>
        {
            RequireStatus(TicketOperation.Assign, "R-ENG-1", "Assigning");
            var fitness = await AssessFitness(command.Body.EngineerId);
            S.EngineerId = fitness.EngineerId;
            S.EngineerCity = fitness.HomeCity;
            RetargetTimeToSite();
            return Sentence.Of("history.ticket.assigned", $"assigned to {fitness.EngineerId}");
        });

    // R-TKT-3: the responsible engineer contacts the customer as soon as possible.
    public Task<TicketView> RecordContact(Command<ContactNote> command) =>
        Execute(command, TicketOperation.RecordContact, now =>
        {
            RequireStatus(TicketOperation.RecordContact, "R-TKT-3", "Contacting the customer");
            if (S.EngineerId is null)
            {
                throw new RuleViolationException(
                    "R-TKT-3", Sentence.Of("refusal.ticket.contact-needs-engineer", "R-TKT-3: the customer is contacted by the responsible engineer; assign one first."));
            }

            S.FirstContactAt ??= now;
            ChangeSla(d => d.Kind == SlaKind.FirstResponse ? SlaClock.Settle(d, now) : d, now);
            S.Status = TicketStatus.Contacted;
            return WithNotes("history.ticket.contacted", "customer contacted", command.Body.Notes);
        });

    // R-TKT-4: telephone first, to minimise the machine's downtime.
    public Task<TicketView> RecordPhoneAttempt(Command<PhoneAttempt> command) =>
        Execute(command, TicketOperation.RecordPhoneAttempt, now =>
        {
            RequireStatus(TicketOperation.RecordPhoneAttempt, "R-TKT-4", "Phone service");
            var (solved, notes) = (command.Body.Solved, command.Body.Notes);
            S.PhoneAttempts.Add(new PhoneAttemptRecord(solved, notes, command.By.UserId, now));
            if (!solved)
            {
                S.PhoneAttemptFailed = true;
                return WithNotes("history.ticket.phone-not-solved", "phone attempt did not solve it", notes);
            }

            S.Status = TicketStatus.ResolvedByPhone;
            ChangeSla(d => d.Kind == SlaKind.TimeToSite ? SlaClock.NotNeeded(d) : d, now);
            S.ResolvedAt = now;
            S.ResolutionSummary = notes;
            return WithNotes("history.ticket.phone-solved", "solved by phone", notes);
        });

    /// <summary>
    /// R-TKT-1: whom to call back and where to go, each optional: the caller, a callback number that is a phone number, and the
    /// place as a known site of this customer (its address as it is now is kept) or as an address told, not both.
    /// </summary>
    private async Task<TicketContact> Contact(string customerId, OpenTicket o)
    {
        var (caller, phone, siteId, address) = (Text.Optional(o.Caller), Text.Optional(o.CallbackPhone), Text.Optional(o.SiteId), Text.Optional(o.SiteAddress));
        if (phone is not null && !PhoneNumber.IsValid(phone))
        {
            throw new InvalidInputException("R-TKT-1", "callbackPhone", Sentence.Of(
                "refusal.ticket.callback-phone",
                $"R-TKT-1: the callback number '{phone}' is no phone number: digits, spaces, '+', '-' and parentheses, {PhoneNumber.MinDigits} to {PhoneNumber.MaxDigits} digits."));
        }

        if (siteId is null)
        {
            return new TicketContact(caller, phone, null, address);
        }

        if (address is not null)
        {
            throw new InvalidInputException("R-TKT-1", "siteAddress", Sentence.Of(
                "refusal.ticket.site-or-address", "R-TKT-1: the place is a known site or an address told, not both."));
        }

        SiteView? site = null;
        try
        {
            site = await GrainFactory.Get<IInstallationSiteGrain>(siteId).Get();
        }
        catch (NotFoundException)
        {
            // Refused below: a site that does not exist is no more this customer's than another customer's site.
        }

        return site is not null && site.CustomerId == customerId
            ? new TicketContact(caller, phone, siteId, site.Address)
            : throw new InvalidInputException("R-TKT-1", "siteId", Sentence.Of(
                "refusal.ticket.site-not-customers", $"R-TKT-1: customer '{customerId}' has no site '{siteId}'."));
    }

    private async Task<CustomerView> Customer(string customerId)
    {
        try
        {
            return await GrainFactory.Get<ICustomerGrain>(customerId).Get();
        }
        catch (NotFoundException)
        {
            throw new InvalidInputException("R-TKT-1", "customerId", Sentence.Of("refusal.customer.unknown", $"R-TKT-1: customer '{customerId}' is unknown."));
        }
    }

    /// <summary>
    /// R-STN-1: the station whose agreement covers the customer's region for the machine's product line on the
    /// receipt date, if any. A station serves only its contracted area, so it may not take in a ticket outside it.
    /// </summary>
    private async Task<string?> RouteToStation(Actor by, string region, ProductLine productLine, DateTimeOffset now)
    {
        var key = CoverageKey.For(region, productLine);
        var receiptDate = calendar.LocalDate(now);
        var stationId = await GrainFactory.Get<IStationCoverageGrain>(key).StationOn(receiptDate);
        if (by.Role == Role.ServiceStation && (by.StationId is null || by.StationId != stationId))
        {
            throw new RuleViolationException("R-STN-1", stationId is null
                ? Sentence.Of("refusal.station.outside-area-uncovered", $"R-STN-1: service station '{by.StationId}' serves only its contracted area; {key} on {receiptDate:yyyy-MM-dd} is not covered by a station.")
                : Sentence.Of("refusal.station.outside-area", $"R-STN-1: service station '{by.StationId}' serves only its contracted area; {key} on {receiptDate:yyyy-MM-dd} is covered by station '{stationId}'."));
        }

        return stationId;
    }

    /// <summary>R-ENG-1/R-ENG-5: the engineer's fitness for this ticket's product line, or the refusal.</summary>
    private async Task<Fitness> AssessFitness(string engineerId)
    {
        var id = Text.Required(engineerId, "engineerId", "R-ENG-1");
        Fitness fitness;
        try
        {
            fitness = await GrainFactory.Get<IEngineerGrain>(id).AssessFitness(S.ProductLine);
        }
        catch (NotFoundException)
        {
            throw new InvalidInputException("R-ENG-1", "engineerId", Sentence.Of("refusal.engineer.unknown", $"Engineer '{id}' is unknown."));
        }

        if (!fitness.Qualified)
        {
            throw new RuleViolationException(
                "R-ENG-1", Sentence.Of("refusal.engineer.not-qualified", $"Engineer '{id}' is not qualified: {fitness.Reasons}."));
        }

        if (fitness.Suspended)
        {
            throw new RuleViolationException("R-ENG-5", Sentence.Of("refusal.engineer.suspended", $"R-ENG-5: engineer '{id}' is suspended."));
        }

        return fitness;
    }

    /// <summary>What happened, with the notes typed if any: "customer contacted: called the driver".</summary>
    private static Sentence WithNotes(string code, string english, string? notes) => string.IsNullOrWhiteSpace(notes)
        ? Sentence.Of(code, english)
        : Sentence.Of($"{code}-notes", $"{english}: {notes}", Phrase.TextArg(notes));
}
