namespace NewsAlerts.Pages.Topics;

/// <summary>One warning about a topic in words for a page (<see cref="TopicNotes"/>).</summary>
/// <param name="Topic">The topic as written.</param>
/// <param name="Sentence">What to know about it, a whole sentence without codes.</param>
public sealed record TopicNote(string Topic, string Sentence);
