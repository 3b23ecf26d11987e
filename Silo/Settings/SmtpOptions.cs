namespace AfterSales.Silo.Settings;

/// <summary>The SMTP server the mails leave by (<c>Notifications:Smtp</c>): plain SMTP to a loopback host, TLS otherwise unless told.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string From { get; set; } = "AfterSales <aftersales@localhost>";

    /// <summary>Null: TLS (STARTTLS when offered) unless the host is a loopback address.</summary>
    public bool? UseTls { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }
}
