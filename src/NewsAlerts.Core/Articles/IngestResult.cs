namespace NewsAlerts.Core.Articles;

using NewsAlerts.Core.Planning;

/// <summary>What publishing (or a dry run) did: the version decision, the reach and a few example explanations.</summary>
/// <param name="ArticleId">The story.</param>
/// <param name="Version">The version received.</param>
/// <param name="Decision">New story, duplicate, correction, upgrade or stale.</param>
/// <param name="Reach">Matched subscriptions and alerts queued by channel.</param>
/// <param name="Samples">Up to ten matches with the topic and why it matched.</param>
/// <param name="DryRun">True when nothing was stored or sent.</param>
/// <param name="SmsByCountry">The texts planned (now and after quiet hours) by the country of their numbers; empty when none.</param>
/// <param name="EmailsByLanguage">
/// The emails planned now (alerts or follow-ups) and the digest entries, by their readers' language
/// (<see cref="EmailLanguages"/>, English first); empty when none.
/// </param>
public sealed record IngestResult(
    string ArticleId, int Version, VersionDecision Decision, Reach Reach, IReadOnlyList<MatchSample> Samples, bool DryRun,
    IReadOnlyList<SmsCountryCount>? SmsByCountry = null, IReadOnlyList<EmailLanguageCount>? EmailsByLanguage = null);
