namespace NewsAlerts.Core.Policy;

/// <summary>
/// Local hours in which no SMS is sent, e.g. 22:00-07:00 (the window may cross midnight; start inclusive, end
/// exclusive). Texts planned inside it wait for its end.
/// </summary>
/// <param name="Start">Local time the quiet starts.</param>
/// <param name="End">Local time the quiet ends; differs from <paramref name="Start"/>.</param>
/// <param name="FlashThrough">Whether urgency-1 (flash) stories are texted at once even in quiet hours.</param>
public sealed record QuietHours(TimeOnly Start, TimeOnly End, bool FlashThrough)
{
    /// <summary>
    /// What quiet hours do, in the words the API document (OpenAPI) gives them: they hold texts only, as
    /// <see cref="DeliveryPolicy"/> decides. One text for both, so the document cannot say otherwise.
    /// </summary>
    public const string Meaning =
        "No texts (SMS) between start and end on the subscriber's clock (the window may cross midnight): a text planned inside it is sent when it ends, " +
        "or goes to the email digest (held, without a confirmed email) if the story would be too old by then. Emails, immediate or digest, are never held by quiet hours.";

    /// <summary>What <see cref="FlashThrough"/> does, in the words the API document gives it.</summary>
    public const string FlashThroughMeaning = "Let urgency-1 (flash) stories be texted at once even inside quiet hours (still within the daily SMS cap).";

    /// <summary>Whether a local time of day falls in the quiet hours.</summary>
    public bool Contains(TimeOnly local) =>
        Start < End ? local >= Start && local < End : local >= Start || local < End;

    /// <summary>
    /// When the quiet hours around <paramref name="now"/> end (UTC), or null when <paramref name="now"/> is not
    /// inside them. An end that falls in a daylight-saving gap is moved on by the gap; an end that falls in the
    /// repeated hour of a change back is its first occurrence (see <see cref="LocalClock.ToInstant"/>).
    /// </summary>
    /// <param name="now">The instant (any offset).</param>
    /// <param name="zone">The subscriber's time zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public DateTimeOffset? EndAfter(DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (!Contains(time))
        {
            return null;
        }

        var date = DateOnly.FromDateTime(local.DateTime);
        var endDate = time >= End ? date.AddDays(1) : date;
        var end = LocalClock.ToInstant(endDate, End, zone);

        // The repeated hour of a change back can put the chosen occurrence of the end before now: then it has passed.
        return end > now ? end : now.ToUniversalTime();
    }
}
