namespace NewsAlerts.Core.Subscribers;

/// <summary>One row of the SMS keyword table (<see cref="SmsKeywords.Table"/>).</summary>
/// <param name="Phrase">The keyword as people write it (upper case; words separated by one space).</param>
/// <param name="Keyword">What it means.</param>
/// <param name="Language">The language it is a word of (ISO 639-1); a reply from an unknown number is answered in it.</param>
public sealed record SmsKeywordEntry(string Phrase, SmsKeyword Keyword, string Language);
