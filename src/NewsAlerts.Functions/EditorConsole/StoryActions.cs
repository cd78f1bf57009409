namespace NewsAlerts.Functions.EditorConsole;

using NewsAlerts.Core.Articles;

/// <summary>The versions a story page's buttons publish: the next version of the stored one, flagged, corrected or withdrawn.</summary>
public static class StoryActions
{
    /// <summary>The urgency a story flagged as breaking gets (IPTC 1, flash).</summary>
    public const int BreakingUrgency = 1;

    /// <summary>
    /// The next version of <paramref name="stored"/> for <paramref name="action"/> (<c>breaking</c>, <c>correct</c> or
    /// <c>retract</c>) with <paramref name="note"/>, published at <paramref name="now"/>; null for an unknown action. A
    /// correction carries <paramref name="correction"/>'s headline and body (checked by <see cref="CorrectionFields.Check"/>;
    /// null keeps the stored ones), so its follow-up says the corrected headline to those who got the story.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="stored"/> is null.</exception>
    public static Article? Next(Article stored, string action, string? note, DateTimeOffset now, CorrectedText? correction = null)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var next = stored with { Version = stored.Version + 1, PublishedAt = now };
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return action switch
        {
            "breaking" => next with { Urgency = Math.Min(stored.Urgency, BreakingUrgency) },
            "correct" => next with
            {
                Headline = correction?.Headline ?? stored.Headline,
                Body = correction?.Body ?? stored.Body,
                Notice = new ArticleNotice(NoticeKind.Corrected, trimmed),
            },
            "retract" => next with { Notice = new ArticleNotice(NoticeKind.Withdrawn, trimmed) },
            _ => null,
        };
    }
}
