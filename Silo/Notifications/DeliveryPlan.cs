using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Notifications;
using AfterSales.Silo.Settings;
using Microsoft.Extensions.Options;

namespace AfterSales.Silo.Notifications;

/// <summary>
/// Who hears an event (docs/api.md "Notifications and webhooks"): the customer by e-mail, in the customer's language, at
/// received, dispatched, report awaiting signature, reply and closed (skipped, with why, without an address or with
/// notifications off); the service managers at a deadline near its breach, at its breach, and each working morning of
/// the open alerts; every subscription to it.
/// </summary>
public sealed class DeliveryPlan(IGrainFactory grains, Mailer mailer, IOptions<NotificationOptions> options)
{
    public const string Email = "email";

    /// <summary>The events the customer is written to about.</summary>
    public static readonly IReadOnlySet<string> ToCustomer = new HashSet<string>
    {
        EventTypes.Received, EventTypes.Dispatched, EventTypes.ReportSubmitted, EventTypes.ReplySent, EventTypes.Closed,
    };

    /// <summary>The events a person is written to about at the address the event names (their invitation, their reset link).</summary>
    public static readonly IReadOnlySet<string> ToPerson = new HashSet<string> { EventTypes.AccountInvitation, EventTypes.AccountReset };

    private static readonly IReadOnlySet<string> ToManagers = new HashSet<string> { EventTypes.NearBreach, EventTypes.Breached, EventTypes.AlertsDigest };

    /// <summary>Whether an event of the type would be sent to anyone: a mail, or a subscription.</summary>
    public bool AnyoneHears(string type, IReadOnlyList<WebhookSubscription> subscriptions) =>
        (mailer.IsOn && (ToCustomer.Contains(type) || ToPerson.Contains(type) || (ToManagers.Contains(type) && options.Value.ServiceManagers.Length > 0)))
        || subscriptions.Any(s => s.Wants(type));

    public async Task<IReadOnlyList<NewDelivery>> For(NotificationEvent e, IReadOnlyList<WebhookSubscription> subscriptions)
    {
        var deliveries = new List<NewDelivery>();
        if (mailer.IsOn && ToCustomer.Contains(e.Type))
        {
            deliveries.Add(await ToTheCustomer(e.CustomerId));
        }

        if (mailer.IsOn && ToPerson.Contains(e.Type) && e.To is { } person)
        {
            // Written in both languages: an account names none.
            deliveries.Add(new NewDelivery(Email, person, Language: "zh"));
        }

        if (mailer.IsOn && ToManagers.Contains(e.Type))
        {
            deliveries.AddRange(options.Value.ServiceManagers.Distinct().Select(m => new NewDelivery(Email, m, Language: options.Value.ManagerLanguage)));
        }

        deliveries.AddRange(subscriptions.Where(s => s.Wants(e.Type)).Select(s => new NewDelivery(s.Kind, s.Id, s.Id)));
        return deliveries;
    }

    private async Task<NewDelivery> ToTheCustomer(string customerId)
    {
        CustomerView customer;
        try
        {
            customer = await grains.Get<ICustomerGrain>(customerId).Get();
        }
        catch (NotFoundException)
        {
            return new NewDelivery(Email, $"customer:{customerId}", Skipped: "the customer is unknown");
        }

        return (customer.Email, customer.Notifications) switch
        {
            (null or "", _) => new NewDelivery(Email, $"customer:{customerId}", Skipped: "the customer has no e-mail address"),
            (var address, false) => new NewDelivery(Email, address, Skipped: "the customer turned notifications off"),
            (var address, true) => new NewDelivery(Email, address, Language: customer.Language),
        };
    }
}
