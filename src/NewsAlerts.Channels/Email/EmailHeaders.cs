namespace NewsAlerts.Channels.Email;

using MimeKit;
using NewsAlerts.Core.Texts;

/// <summary>The headers every email NewsAlerts sends carries alike: its subject, folded by <see cref="SubjectHeader"/>, and its language.</summary>
public static class EmailHeaders
{
    /// <summary>
    /// Sets the subject (RFC 2047 encoded words for any non-ASCII text, <see cref="SubjectHeader"/>) and
    /// <c>Content-Language</c> (RFC 3282) to the locale's language code.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subject"/> contains a line break.</exception>
    public static void Write(MimeMessage message, string subject, MessageLocale locale)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(locale);
        message.Subject = subject;
        message.Headers[message.Headers.IndexOf(HeaderId.Subject)].SetRawValue(SubjectHeader.RawValue(subject));
        message.Headers[HeaderId.ContentLanguage] = locale.LanguageCode;
    }
}
