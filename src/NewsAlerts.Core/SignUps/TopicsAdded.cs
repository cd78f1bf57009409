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
/// The sign-up asked for a time zone, language or email frequency other than the subscriber's
/// (<see cref="TopicsChangeNotes.SettingsNotApplied"/>): those were not applied, and the page says so. False for rows
/// stored before it was kept.
/// </param>
public sealed record TopicsAdded(string SubscriberId, IReadOnlyList<Topic> Topics, bool SettingsKept = false);
