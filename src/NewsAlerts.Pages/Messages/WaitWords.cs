namespace NewsAlerts.Pages.Messages;

using System.Globalization;

/// <summary>How long to wait, in plain words, from a <c>Retry-After</c> in seconds.</summary>
public static class WaitWords
{
    /// <summary>
    /// <paramref name="retryAfterSeconds"/> rounded up for a person: up to 60 s "about a minute"; up to 90 minutes
    /// "about N minutes" (whole minutes, rounded up); longer "about N hours" (rounded up). The count takes the
    /// language's form (<see cref="DurationWords.Minutes"/>: Arabic "بعد دقيقتين تقريبًا", "بعد 5 دقائق تقريبًا", never
    /// "2 دقيقة", trial r41 #11).
    /// </summary>
    public static string Of(int retryAfterSeconds)
    {
        var minutes = (Math.Max(retryAfterSeconds, 1) + 59) / 60;
        return minutes switch
        {
            <= 1 => PageStrings.WaitAboutAMinute,
            <= 90 => string.Format(CultureInfo.CurrentCulture, PageStrings.WaitAboutMinutes, DurationWords.Minutes(minutes)),
            _ => string.Format(CultureInfo.CurrentCulture, PageStrings.WaitAboutHours, DurationWords.Hours((minutes + 59) / 60)),
        };
    }

    /// <summary>The longest wait (seconds) a 429 page calls "a moment"; longer waits are "try again later".</summary>
    public const int MomentSeconds = 120;

    /// <summary>The 429 page's title, fitting the wait: "a moment" up to <see cref="MomentSeconds"/>, "later" beyond.</summary>
    public static string Title(int retryAfterSeconds) =>
        retryAfterSeconds <= MomentSeconds ? PageStrings.TooManyTitle : PageStrings.TooManyLaterTitle;

    /// <summary>The 429 page's message: too many requests, try again in <see cref="Of"/>.</summary>
    public static string Message(int retryAfterSeconds) =>
        string.Format(CultureInfo.CurrentCulture, PageStrings.TooManyWaitMessage, Of(retryAfterSeconds));

    /// <summary>
    /// The code page's notice when no new code can be sent yet (signed up again over the per-contact limit): ask again
    /// in <see cref="Of"/>, and meanwhile enter the code held.
    /// </summary>
    public static string CodeLater(int retryAfterSeconds) =>
        string.Format(CultureInfo.CurrentCulture, PageStrings.CodeNotSentAgain, Of(retryAfterSeconds));
}
