namespace NewsAlerts.Core.Articles;

/// <summary>The rule for versions: one alert per story, again only when a new version becomes more urgent.</summary>
public static class ArticleVersions
{
    /// <summary>Decides what <paramref name="incoming"/> means after <paramref name="stored"/>.</summary>
    public static VersionDecision Decide(Article? stored, Article incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (stored is null)
        {
            return VersionDecision.NewStory;
        }

        if (incoming.Version == stored.Version)
        {
            return VersionDecision.Duplicate;
        }

        if (incoming.Version < stored.Version)
        {
            return VersionDecision.Stale;
        }

        // Lower number = more urgent (IPTC).
        return incoming.Urgency < stored.Urgency ? VersionDecision.Upgrade : VersionDecision.Correction;
    }
}
