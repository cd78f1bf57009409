namespace NewsAlerts.Core.Texts;

using NewsAlerts.Core.Subscribers;

/// <summary>Whom a message is written for: the language it is in and the clock its times are on.</summary>
/// <param name="Language">A BCP 47 tag (read by <see cref="TextLanguages.Of"/>); null for English.</param>
/// <param name="TimeZone">An IANA time zone id; null or unknown shows times in UTC.</param>
public sealed record MessageLocale(string? Language, string? TimeZone)
{
    /// <summary>English on UTC (for a message to nobody in particular).</summary>
    public static MessageLocale Default { get; } = new(null, null);

    /// <summary>The subscriber's language and time zone.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> is null.</exception>
    public static MessageLocale Of(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return new MessageLocale(subscriber.Language, subscriber.TimeZone);
    }

    /// <summary>Whether the language is written right to left (<see cref="TextLanguages.IsRightToLeft"/>).</summary>
    public bool IsRightToLeft => TextLanguages.IsRightToLeft(Language);

    /// <summary>The offered language's code (<see cref="TextLanguages.Of"/>), for <c>lang</c> and <c>Content-Language</c>.</summary>
    public string LanguageCode => TextLanguages.Of(Language);
}
