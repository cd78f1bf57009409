namespace NewsAlerts.Core.History;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;

/// <summary>
/// What goes in a subscriber's history and what of it is shown, as plain functions: a row per alert or follow-up sent
/// (and per story of a digest sent), kept <see cref="Window"/> (older rows are never shown and are deleted when the
/// subscriber's history is next read: <see cref="Ports.IAlertHistory"/>).
/// </summary>
public static class AlertHistory
{
    /// <summary>How long a received alert stays in the history.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    /// <summary>Most rows the preference centre shows (newest first).</summary>
    public const int MaxShown = 200;

    /// <summary>The oldest instant still shown at <paramref name="now"/>.</summary>
    public static DateTimeOffset Cutoff(DateTimeOffset now) => now - Window;

    /// <summary>
    /// The rows of a delivery batch's recipients that were sent (a possible duplicate after a crash included: it was
    /// sent), at <paramref name="now"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<ReceivedAlert> Of(DeliveryBatch batch, IReadOnlyList<BatchRecipient> recipients, IReadOnlyList<RecipientDecision> decisions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(decisions);
        var content = batch.Content;
        var kind = content.Notice is null ? ReceivedKind.Alert : ReceivedKind.FollowUp;
        return recipients.Zip(decisions)
            .Where(p => p.Second.Result is RecipientResult.Sent or RecipientResult.SentAfterCrash)
            .Select(p => new ReceivedAlert(
                p.First.SubscriberId, now, batch.Channel, kind, batch.LedgerKey, content.Headline, content.Source, content.Url, p.First.Reason, Math.Max(1, QueuedAlertContent.VersionOf(content))))
            .ToList();
    }

    /// <summary>
    /// The rows of a digest sent at <paramref name="now"/>: one per story, under the digest's ledger key and the article
    /// id, with the stored reason (<see cref="DigestItem.StoredReason"/>) as alerts' rows have it, so it is worded in the
    /// reader's language when shown; an item without one keeps the digest's words.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="email"/> is null.</exception>
    public static IReadOnlyList<ReceivedAlert> Of(DigestEmail email, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(email);
        var key = DigestMessage.LedgerKey(email.DueAt);
        return email.Sections.SelectMany(s => s.Items)
            .Select(i => new ReceivedAlert(email.SubscriberId, now, Channel.Email, ReceivedKind.Digest, $"{key}|{i.ArticleId}", i.Headline, i.Source, i.Url, i.StoredReason ?? i.Reason, i.Version))
            .ToList();
    }

    /// <summary>The rows to show at <paramref name="now"/>: those of the last <see cref="Window"/>, newest first, at most <see cref="MaxShown"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static IReadOnlyList<ReceivedAlert> Shown(IEnumerable<ReceivedAlert> rows, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var cutoff = Cutoff(now);
        return rows.Where(r => r.At >= cutoff).OrderByDescending(r => r.At).ThenBy(r => r.Key, StringComparer.Ordinal).Take(MaxShown).ToList();
    }
}
