namespace NewsAlerts.Matching.Index;

/// <summary>A subscriber's topic.</summary>
/// <remarks>
/// The index keeps one of these per subscription (a million and more), so its size counts: <see cref="Exact"/>,
/// <see cref="Language"/> and <see cref="AlsoIn"/> share one reference that is null for the common topic (English, not
/// exact, no other languages), and the object is 48 bytes on 64-bit .NET (header, three strings, that reference) instead
/// of the 64 bytes two more fields and a padded bool took (the benchmark's "index memory per subscription", target
/// ≤ 300 B at 1,000,000 subscriptions).
/// </remarks>
/// <param name="Id">Unique subscription id.</param>
/// <param name="SubscriberId">Who gets the alert.</param>
/// <param name="Topic">The topic text in the topic language.</param>
/// <param name="Exact">Match the topic's words exactly, without country and concept expansion.</param>
/// <param name="Language">
/// BCP 47 tag of the language the topic is written in (null: <c>en</c>). A topic written in a script its language
/// cannot have takes the language the script implies (<see cref="Languages.TopicLanguages.Resolve"/>).
/// </param>
/// <param name="AlsoIn">Other article languages the subscriber reads; the topic is matched in those articles too, as written.</param>
public sealed record TopicSubscription(string Id, string SubscriberId, string Topic, bool Exact = false, string? Language = null, IReadOnlyList<string>? AlsoIn = null)
{
    private Choices? choices = Choices.Of(Exact, Language, AlsoIn);

    /// <summary>Match the topic's words exactly, without country and concept expansion.</summary>
    public bool Exact
    {
        get => choices?.Exact ?? false;
        init => choices = Choices.Of(value, Language, AlsoIn);
    }

    /// <summary>BCP 47 tag of the language the topic is written in (null: <c>en</c>).</summary>
    public string? Language
    {
        get => choices?.Language;
        init => choices = Choices.Of(Exact, value, AlsoIn);
    }

    /// <summary>Other article languages the subscriber reads; the topic is matched in those articles too, as written.</summary>
    public IReadOnlyList<string>? AlsoIn
    {
        get => choices?.AlsoIn;
        init => choices = Choices.Of(Exact, Language, value);
    }

    // The rarely set choices, together; null when none is set. A record, so equal choices make equal subscriptions.
    private sealed record Choices(bool Exact, string? Language, IReadOnlyList<string>? AlsoIn)
    {
        public static Choices? Of(bool exact, string? language, IReadOnlyList<string>? alsoIn) =>
            exact || language is not null || alsoIn is not null ? new Choices(exact, language, alsoIn) : null;
    }
}
