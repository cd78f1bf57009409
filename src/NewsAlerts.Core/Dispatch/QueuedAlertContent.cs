namespace NewsAlerts.Core.Dispatch;

using System.Globalization;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;

/// <summary>
/// Which version of a story an alert still queued goes out as (pure). An alert can wait long after it was planned (a
/// batch in the queue or going round again, a text held for quiet hours); if the story was corrected meanwhile, sending
/// the planned text would hand this reader the wrong facts, and the correction's follow-ups went only to what the ledger
/// showed sent. So the dispatcher, which reads the story after each group's claims, sends the current version's text
/// (headline, summary led by the note of every major correction since the planned version, oldest first, link) and records that version in the ledger (<see cref="LedgerRecord.Version"/>); a correction
/// then follows up only alerts sent as an older version (<see cref="Policy.RetractionRecipients"/>): one follow-up per
/// reader per correction, none to a reader who already got the corrected text. What the alert is (its story, urgency,
/// publication time, its ledger key: the article id) stays as planned: who gets it was decided then, and an upgrade
/// plans only what it adds (<see cref="EarlierAlerts"/>).
/// </summary>
public static class QueuedAlertContent
{
    private static readonly string CorrectionLabel = new ArticleNotice(NoticeKind.Corrected, null).Label;

    /// <summary>
    /// The content to send for <paramref name="planned"/> given <paramref name="current"/>, the story as stored now (null
    /// when it cannot be found). A follow-up (its <see cref="AlertContent.Notice"/> set), a story not found, withdrawn (the
    /// alert is not sent at all: <see cref="RecipientDecisions.IfWithdrawn"/>) or not newer than planned: unchanged.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="planned"/> is null.</exception>
    public static AlertContent Of(AlertContent planned, Article? current)
    {
        ArgumentNullException.ThrowIfNull(planned);
        if (planned.Notice is not null || current is null || current.IsWithdrawn || !string.Equals(current.Id, planned.ArticleId, StringComparison.Ordinal)
            || current.Version <= VersionOf(planned))
        {
            return planned;
        }

        // Every major correction's note since the planned version leads the text, oldest first: the console's correction
        // carries what was wrong in its note, not in an edited body, and this reader gets no follow-up to tell them.
        var now = AlertPlanner.ContentOf(current);
        var notes = StoryCorrections.Since(current, VersionOf(planned), current.Version).Select(n => $"{CorrectionLabel}: {n}");
        var summary = string.Join(' ', [.. notes, now.Summary]).TrimEnd();
        return planned with { ArticleVersion = now.ArticleVersion, Headline = now.Headline, Summary = summary, Url = now.Url, Source = now.Source };
    }

    /// <summary>The article version an alert's content carries, as a number (0 when it is not one).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static int VersionOf(AlertContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return int.TryParse(content.ArticleVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0;
    }
}
