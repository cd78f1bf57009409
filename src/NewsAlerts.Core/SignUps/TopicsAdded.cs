namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Subscribers;

/// <summary>
/// What a sign-up's confirmed link or code did to a subscriber that had its address or number confirmed already (issue
/// 16; trial r37 #7 for the number): only topics were added (its settings kept), so no welcome goes and the pages say
/// "Added" and which of the sign-up's choices were not applied.
/// </summary>
/// <param name="SubscriberId">The subscriber that had the address or number.</param>
/// <param name="Topics">The topics added (those it did not follow yet; empty when it followed them all).</param>
/// <param name="SettingsKept">
/// Whether the sign-up asked for any choice other than the subscriber's (<see cref="TopicsChangeNotes.SettingsNotApplied"/>):
/// those were not applied. False for rows stored before it was kept.
/// </param>
/// <param name="NotApplied">
/// Which choices those were (<see cref="ChoicesNotApplied"/>), named by the page; null for rows stored before they were
/// kept (the page then names none of them, only that some were not applied).
/// </param>
public sealed record TopicsAdded(string SubscriberId, IReadOnlyList<Topic> Topics, bool SettingsKept = false, IReadOnlyList<SignUpChoice>? NotApplied = null)
{
    /// <summary>The topics added for <paramref name="subscriberId"/> with the choices <paramref name="notApplied"/> not applied.</summary>
    public static TopicsAdded Of(string subscriberId, IReadOnlyList<Topic> topics, IReadOnlyList<SignUpChoice> notApplied) =>
        new(subscriberId, topics, notApplied.Count > 0, notApplied);
}
