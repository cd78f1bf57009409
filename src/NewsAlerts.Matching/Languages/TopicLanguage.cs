namespace NewsAlerts.Matching.Languages;

/// <summary>The language a topic is matched in.</summary>
/// <param name="Language">Primary language subtag (<c>en</c>, <c>zh</c>).</param>
/// <param name="Notice">
/// Why it differs from the language asked for, for the answer to the subscriber
/// (<c>written in Han characters, so matched as Chinese (zh), not en</c>); null when it does not.
/// </param>
public sealed record TopicLanguage(string Language, string? Notice);
