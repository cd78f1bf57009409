namespace NewsAlerts.Pages.Fields;

/// <summary>
/// Arabic verbs and predicates agree with their subject's gender, and a validator's reason goes on from a field's subject
/// ("المنطقة الزمنية" + "يحتوي على ..."): the catalog words each reason once, in the masculine, so a feminine subject
/// (or a plural of things, which takes the feminine singular) turns the predicate's opening into the feminine (trial r38
/// #13: "المنطقة الزمنية يحتوي" for تحتوي). Only the opening is turned: what follows speaks of something else.
/// </summary>
public static class ArabicAgreement
{
    // The fields whose Arabic subject is feminine. The subject is the field's label (trial r38 #12, FieldLabels.Named):
    // المواضيع، المنطقة، لغة، اللغات، وتيرة، ساعات، رسائل (plurals of things take the feminine singular), and the pause's مدة.
    private static readonly HashSet<string> FeminineSubjects = new(StringComparer.Ordinal)
    {
        "topics", "timeZone", "language", "languages", "emailFrequency", "quietStart", "quietEnd", "smsMaxUrgency", "pause", "capEmail", "capSms",
    };

    // Masculine openings of the Arabic reasons that go on from a subject, and their feminine forms.
    private static readonly (string Masculine, string Feminine)[] Openings =
    [
        ("يجب أن يكون", "يجب أن تكون"),
        ("لا يحتوي", "لا تحتوي"),
        ("يحتوي", "تحتوي"),
        ("يحتاج", "تحتاج"),
        ("يتضمن", "تتضمن"),
        ("ليس ", "ليست "),
        ("لا يمكن استخدامه", "لا يمكن استخدامها"),
    ];

    /// <summary>
    /// <paramref name="predicate"/> (the words going on from <paramref name="field"/>'s subject) agreeing with that subject
    /// when the page is Arabic (<paramref name="language"/> <c>ar</c>); otherwise, or for a masculine subject, unchanged.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Predicate(string field, string predicate, string language)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(language);
        if (language != "ar" || !FeminineSubjects.Contains(field))
        {
            return predicate;
        }

        foreach (var (masculine, feminine) in Openings)
        {
            if (predicate.StartsWith(masculine, StringComparison.Ordinal))
            {
                return feminine + predicate[masculine.Length..];
            }
        }

        return predicate;
    }
}
