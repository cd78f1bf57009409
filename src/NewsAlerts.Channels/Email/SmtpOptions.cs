namespace NewsAlerts.Channels.Email;

using System.ComponentModel.DataAnnotations;

/// <summary>The SMTP relay that email alerts go through (section <c>Smtp</c>; app settings <c>Smtp__Host</c> etc.).</summary>
public sealed class SmtpOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Smtp";

    /// <summary>The relay's host name, e.g. <c>smtp.sendgrid.net</c>; <c>127.0.0.1</c> locally.</summary>
    public string? Host { get; set; }

    /// <summary>The relay's port (25, 587 with STARTTLS, 465 with TLS; smtp4dev's port locally).</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>How the connection is secured.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;

    /// <summary>The user name, when the relay wants authentication.</summary>
    public string? UserName { get; set; }

    /// <summary>The password (in Azure a Key Vault reference app setting, never a literal).</summary>
    public string? Password { get; set; }

    /// <summary>The sender address, e.g. <c>alerts@newsalerts.example</c>; its domain is also the Message-ID's.</summary>
    public string? FromAddress { get; set; }

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "NewsAlerts";

    /// <summary>The most messages per second this sender hands to the relay (the relay's plan limit).</summary>
    public double MessagesPerSecond { get; set; } = 500;

    /// <summary>How many SMTP connections are kept open and used in parallel.</summary>
    [Range(1, 64)]
    public int MaxConnections { get; set; } = 4;

    /// <summary>How long one SMTP command may take before the send counts as a transient failure.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
