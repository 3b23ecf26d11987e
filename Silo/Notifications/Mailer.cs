using System.Net;
using AfterSales.Silo.Settings;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AfterSales.Silo.Notifications;

/// <summary>Sends one mail over the configured SMTP server (MailKit); off when <c>Notifications:Smtp:Host</c> is not set.</summary>
public sealed class Mailer(IOptions<NotificationOptions> options)
{
    private SmtpOptions Smtp => options.Value.Smtp;

    public bool IsOn => !string.IsNullOrWhiteSpace(Smtp.Host);

    /// <param name="messageId">The same for every attempt of one delivery, so a receiver can tell a repeat.</param>
    public async Task Send(string to, string subject, string body, string messageId, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(Smtp.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.MessageId = messageId;
        message.Body = new TextPart("plain") { Text = body };
        using var client = new SmtpClient { Timeout = 20_000 };
        var loopback = IPAddress.TryParse(Smtp.Host, out var address) ? IPAddress.IsLoopback(address) : Smtp.Host == "localhost";
        var security = (Smtp.UseTls ?? !loopback) ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None;
        await client.ConnectAsync(Smtp.Host ?? throw new InvalidOperationException("No SMTP host is configured."), Smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(Smtp.User))
        {
            await client.AuthenticateAsync(Smtp.User, Smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
