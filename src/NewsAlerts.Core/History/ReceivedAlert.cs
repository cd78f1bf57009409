namespace NewsAlerts.Core.History;

using NewsAlerts.Core.Delivery;

/// <summary>One story a subscriber received, with why it matched: a row of their history in the preference centre.</summary>
/// <param name="SubscriberId">Who received it.</param>
/// <param name="At">When it was sent (UTC).</param>
/// <param name="Channel">Email or SMS.</param>
/// <param name="Kind">An alert, a follow-up or a story of a digest.</param>
/// <param name="Key">
/// The ledger key it was sent under (the article id; a follow-up's or a digest's key with the article id), so a write
/// repeated after a lost answer replaces its own row.
/// </param>
/// <param name="Headline">The headline, plain text (pages escape it).</param>
/// <param name="Source">The publisher, if known.</param>
/// <param name="Url">Where to read it, if it has a public URL.</param>
/// <param name="Reason">Why it matched, as <see cref="NewsAlerts.Matching.Explanations.MatchReasonText"/> writes it, worded in the reader's language when shown (<see cref="Words.ReasonWords"/>); an older row holds English words.</param>
/// <param name="Version">
/// The article version the person received (<see cref="Articles.Article.Version"/>, 1 or more), so the history can tell
/// a story corrected since from the corrected version they already had (issue 16); rows stored before it was kept read as 1.
/// </param>
public sealed record ReceivedAlert(
    string SubscriberId, DateTimeOffset At, Channel Channel, ReceivedKind Kind, string Key, string Headline, string? Source, Uri? Url, string Reason,
    int Version = 1);
