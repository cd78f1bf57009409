namespace NewsAlerts.Pages.SignUp;

using System.Globalization;
using NewsAlerts.Core.Validation;
using NewsAlerts.Matching.Query;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Languages;
using NewsAlerts.Pages.Layout;

/// <summary>
/// What the query a newsroom's link or iframe opens <c>/signup</c> with asks for (<c>topic</c>, <c>lang</c>, <c>embed</c>),
/// read by one rule (issue 16, trial #14: a <c>topic=</c> over 500 characters was dropped without a word while the form
/// takes <see cref="TopicQuery.MaxLength"/>): every value is kept or said to be wrong on the page, next to its field,
/// in the page's language; nothing is dropped silently. Each value's error names its own field: <c>topic</c> the topics
/// box (<see cref="TopicField"/>), <c>lang</c> the language switcher (<see cref="LanguageField"/>), <c>embed</c> its own
/// line (<see cref="EmbedField"/>).
/// </summary>
/// <param name="Values">The form's prefilled values (<c>topics</c> holds the topic, however long, so it can be shortened).</param>
/// <param name="Topic">The topic the language switcher's links keep; null for none.</param>
/// <param name="Errors">One error per value that cannot be used as given.</param>
public sealed record OpeningQuery(IReadOnlyDictionary<string, string> Values, string? Topic, IReadOnlyList<PageError> Errors)
{
    /// <summary>The field the language switcher's error is shown at (its element is <c>field-lang</c>).</summary>
    public const string LanguageField = PageLanguage.Field;

    /// <summary>The field an <c>embed</c> error is shown at: its own line under the language switcher (<c>field-embed</c>), never the switcher's (trial s44).</summary>
    public const string EmbedField = "embed";

    /// <summary>The field a <c>topic</c> error is shown at: the topics box that holds the topic (<c>field-topics</c>).</summary>
    public const string TopicField = "topics";

    /// <summary>
    /// Reads the query values: a topic is checked by the topic parser (one limit everywhere: <see cref="TopicQuery.MaxLength"/>)
    /// line by line, as the form's box is; a <c>lang</c> no page is written in says which language the page is in instead;
    /// an <c>embed</c> other than <c>1</c> or <c>0</c> says the page is shown whole. Call it with the page's culture set.
    /// </summary>
    /// <param name="topic">The <c>topic</c> value, or null or empty for none.</param>
    /// <param name="language">The <c>lang</c> value, or null or empty for none.</param>
    /// <param name="embed">The <c>embed</c> value, or null or empty for none.</param>
    public static OpeningQuery Read(string? topic, string? language, string? embed)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<PageError>();
        if (!string.IsNullOrEmpty(topic))
        {
            values[TopicField] = topic;
            var lines = FormFields.TopicLines(topic);
            var faults = lines.Select((line, i) => (Index: i, Parsed: TopicQuery.Parse(line.Text)))
                .Where(p => !p.Parsed.Success)
                .Select(p => new FieldError($"topics[{p.Index}]", p.Parsed.Error!))
                .ToList();
            errors.AddRange(FormFields.Errors(faults, lines));
        }

        if (!string.IsNullOrEmpty(language) && PageLanguage.Offered(language) is null)
        {
            errors.Add(new PageError(LanguageField, string.Format(
                CultureInfo.CurrentCulture, PageStrings.QueryLanguageNotOffered, LtrValues.InText(language), LanguageNames.Native(PageCulture.Language))));
        }

        if (!string.IsNullOrEmpty(embed) && embed is not ("1" or "0"))
        {
            // Its own field (trial s44: it was attached to lang, so the switcher claimed an error of the embed parameter).
            errors.Add(new PageError(EmbedField, string.Format(CultureInfo.CurrentCulture, PageStrings.QueryEmbedNotUnderstood, LtrValues.InText(embed))));
        }

        return new OpeningQuery(values, string.IsNullOrEmpty(topic) ? null : topic, errors);
    }
}
