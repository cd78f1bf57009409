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

    /// <summary>
    /// The most messages per second this sender hands to the relay (the relay's plan limit), 0.1 to 10000. Source of the
    /// limits: 0.1 (one mail every 10 seconds) is slower than any relay plan sets; 10,000 a second (36 million an hour)
    /// is beyond what the largest relay plans allow, and beyond what <see cref="MaxConnections"/> (at most 64) connections
    /// carry at an SMTP round trip of a few milliseconds each.
    /// </summary>
    [Range(0.1, 10000)]
    public double MessagesPerSecond { get; set; } = 500;

    /// <summary>How many SMTP connections are kept open and used in parallel.</summary>
    [Range(1, 64)]
    public int MaxConnections { get; set; } = 4;

    /// <summary>
    /// How long one SMTP command may take before the send counts as a transient failure, 1 second to 5 minutes. Source of
    /// the limits: RFC 5321 section 4.5.3.2 asks clients to wait minutes, not seconds (5 for most commands), and
    /// Service Bus holds a batch's message lock at most 5 minutes (its longest LockDuration), so a longer wait would
    /// outlive the lock and the batch would be sent again meanwhile.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
