namespace NewsAlerts.Matching.Index;

/// <summary>A subscriber's topic.</summary>
/// <param name="Id">Unique subscription id.</param>
/// <param name="SubscriberId">Who gets the alert.</param>
/// <param name="Topic">The topic text in the topic language.</param>
/// <param name="Exact">Match the topic's words exactly, without country and concept expansion.</param>
/// <param name="Language">
/// BCP 47 tag of the language the topic is written in (null: <c>en</c>). A topic written in a script its language
/// cannot have takes the language the script implies (<see cref="Languages.TopicLanguages.Resolve"/>).
/// </param>
/// <param name="AlsoIn">Other article languages the subscriber reads; the topic is matched in those articles too, as written.</param>
public sealed record TopicSubscription(string Id, string SubscriberId, string Topic, bool Exact = false, string? Language = null, IReadOnlyList<string>? AlsoIn = null);
