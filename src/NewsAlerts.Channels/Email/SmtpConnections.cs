namespace NewsAlerts.Channels.Email;

using MailKit.Security;

/// <summary>How a configured <see cref="SmtpSecurity"/> maps to MailKit's connect option (one place for the pool and the probe).</summary>
internal static class SmtpConnections
{
    public static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };
}
