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

    /// <summary>The text carrying a six-digit confirmation code.</summary>
    public static string Code(string? language, string serviceName, string code) => Format(nameof(Code), language, serviceName, code);

    private static string Format(string key, string? language, params object[] values)
    {
        var culture = TextLanguages.CultureOf(language);
        var text = Catalog.GetString(key, culture) ?? throw new MissingManifestResourceException($"SMS text '{key}' is missing.");
        return string.Format(culture, text, values);
    }
}
