namespace NewsAlerts.Channels.Email;

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text (local smtp4dev only).</summary>
    None,

    /// <summary>Connect in plain text and upgrade with STARTTLS (port 587); fails if the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
