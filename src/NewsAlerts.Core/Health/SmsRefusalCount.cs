namespace NewsAlerts.Core.Health;

/// <summary>
/// What a recorded SMS configuration fault counts (<see cref="SmsConfigurationFault.Attempts"/> and
/// <see cref="SmsConfigurationFault.Texts"/>), as stored: every refused attempt, and the texts they were for by key
/// (<see cref="SmsTextKey"/>).
/// </summary>
/// <param name="Attempts">Refused attempts so far, retries included.</param>
/// <param name="Keys">The refused texts' keys, comma-separated (<see cref="SmsTextKey.Add"/>); null or empty for none.</param>
/// <param name="Texts">How many texts <paramref name="Keys"/> counts; 0 when not known.</param>
public sealed record SmsRefusalCount(int Attempts, string? Keys, int Texts)
{
    /// <summary>Nothing refused yet.</summary>
    public static readonly SmsRefusalCount None = new(0, null, 0);

    /// <summary>
    /// The count after one more refused attempt at the text <paramref name="textKey"/>. A count of attempts without texts
    /// (a row written before texts were counted) stays without: counting this one text would read "1 text refused (21
    /// attempts)" (review of s38, finding 3).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="textKey"/> is null.</exception>
    public SmsRefusalCount Add(string textKey)
    {
        ArgumentNullException.ThrowIfNull(textKey);
        if (Attempts > 0 && Texts == 0)
        {
            return new SmsRefusalCount(Attempts + 1, null, 0);
        }

        var (keys, texts) = SmsTextKey.Add(Keys, textKey);
        return new SmsRefusalCount(Attempts + 1, keys, texts);
    }
}
