namespace NewsAlerts.Core.Texts;

using System.Globalization;
using System.Resources;

/// <summary>
/// The texts NewsAlerts sends by SMS, in each language of <see cref="TextLanguages.Offered"/>: one resx catalog per
/// language (<c>SmsTexts.resx</c> is English, <c>SmsTexts.fr.resx</c> French...), read by <see cref="ResourceManager"/>.
/// Keywords stay STOP and START in every language: they work whatever the language (<see cref="Subscribers.SmsKeywords"/>).
/// </summary>
public static class SmsTexts
{
    /// <summary>The catalog's resource manager (keys are the method names below).</summary>
    public static ResourceManager Catalog { get; } = new("NewsAlerts.Core.Texts.SmsTexts", typeof(SmsTexts).Assembly);

    /// <summary>The answer to HELP: who we are, how to stop and where to get help.</summary>
    public static string Help(string? language, string serviceName, string contactAddress) => Format(nameof(Help), language, serviceName, contactAddress);

    /// <summary>The confirmation of an opt-out reply the carrier does not confirm itself.</summary>
    public static string Stopped(string? language, string serviceName) => Format(nameof(Stopped), language, serviceName);

    /// <summary>The confirmation of an opt-in reply the carrier does not confirm itself.</summary>
    public static string Started(string? language, string serviceName) => Format(nameof(Started), language, serviceName);

    /// <summary>The answer to a reply that mentions an opt-out word without being one.</summary>
    public static string HowToStop(string? language) => Format(nameof(HowToStop), language);

    /// <summary>The answer to HELP from a number whose texts are stopped: what the service is, that texts are stopped, START to resume, and the contact.</summary>
    public static string HelpStopped(string? language, string serviceName, string contactAddress) => Format(nameof(HelpStopped), language, serviceName, contactAddress);

    /// <summary>The answer to a reply that asks how to stop, from a number whose texts are stopped already: START resumes them.</summary>
    public static string AlreadyStopped(string? language, string serviceName) => Format(nameof(AlreadyStopped), language, serviceName);

    /// <summary>The text carrying a six-digit confirmation code (isolated left to right in Arabic, <see cref="Words.LtrText"/>).</summary>
    public static string Code(string? language, string serviceName, string code) => Format(nameof(Code), language, serviceName, Words.LtrText.In(code, language));

    /// <summary>
    /// The text carrying the code of a sign-up to a number already confirmed (sub16b): the code adds the sign-up's topics
    /// to the alerts the number already gets (nothing else of the sign-up is applied), never "confirm" a subscription it has.
    /// </summary>
    public static string TopicsCode(string? language, string serviceName, string code) => Format(nameof(TopicsCode), language, serviceName, Words.LtrText.In(code, language));

    /// <summary>
    /// The notice to a replaced number: <paramref name="maskedNumber"/> the new number masked, <paramref name="when"/> the
    /// moment on the subscriber's clock (<see cref="Words.MomentWords"/>). No link (one would not fit a segment), and
    /// no pointer to "a link in our emails": the person may have a number only (issue 16); STOP from the old number
    /// still stops this person's texts.
    /// </summary>
    public static string ContactChanged(string? language, string serviceName, string maskedNumber, string when) =>
        Format(nameof(ContactChanged), language, serviceName, Words.LtrText.In(maskedNumber, language), when);

    /// <summary>
    /// The text carrying a manage link the person asked for on the page (<paramref name="link"/>, isolated left to right
    /// in Arabic): no opt-out line, it is an answer to their own request and STOP still works.
    /// </summary>
    public static string ManageLink(string? language, string serviceName, string link) => Format(nameof(ManageLink), language, serviceName, Words.LtrText.In(link, language));

    /// <summary>The start of a breaking alert's text (urgency 1-2), its space included.</summary>
    public static string AlertBreaking(string? language) => Format(nameof(AlertBreaking), language);

    /// <summary>The start of a withdrawn story's text, its space included.</summary>
    public static string AlertWithdrawn(string? language) => Format(nameof(AlertWithdrawn), language);

    /// <summary>The start of a corrected story's text, its space included.</summary>
    public static string AlertCorrected(string? language) => Format(nameof(AlertCorrected), language);

    /// <summary>The opt-out line the first alert to a number carries (carriers ask for one; STOP works in every language).</summary>
    public static string OptOut(string? language) => Format(nameof(OptOut), language);

    private static string Format(string key, string? language, params object[] values)
    {
        var culture = TextLanguages.CultureOf(language);
        var text = Catalog.GetString(key, culture) ?? throw new MissingManifestResourceException($"SMS text '{key}' is missing.");
        return values.Length == 0 ? text : string.Format(culture, text, values);
    }
}
