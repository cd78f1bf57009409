namespace NewsAlerts.Core.Planning;

/// <summary>
/// Why a plan's email digest entries are there, one reason each, adding up to <see cref="Reach.EmailDigestEntries"/>
/// (<see cref="Total"/>). Trial s44 #5: the dry run said <c>emailHeldByCap: 1</c> beside <c>outcomes.heldByCap: 0</c>,
/// and nothing said that the capped email was one of the digest entries.
/// </summary>
/// <param name="Chosen">Entries of subscribers who take email as a digest (their frequency, or the topic's).</param>
/// <param name="MovedByEmailCap">Emails over the subscriber's daily email cap, moved to their next digest (<see cref="Reach.EmailHeldByCap"/>).</param>
/// <param name="MovedBySmsCap">Texts over the daily text cap, moved to the next email digest (<see cref="Reach.SmsCappedToDigest"/>).</param>
/// <param name="StaleTexts">Texts that would be too old by the end of quiet hours, moved to the next email digest instead.</param>
public sealed record DigestEntryParts(int Chosen = 0, int MovedByEmailCap = 0, int MovedBySmsCap = 0, int StaleTexts = 0)
{
    /// <summary>All the entries: <see cref="Reach.EmailDigestEntries"/>.</summary>
    public int Total => Chosen + MovedByEmailCap + MovedBySmsCap + StaleTexts;

    /// <summary>The entries moved to a digest by a daily cap (email or text), of <see cref="Total"/>.</summary>
    public int MovedByCap => MovedByEmailCap + MovedBySmsCap;
}
