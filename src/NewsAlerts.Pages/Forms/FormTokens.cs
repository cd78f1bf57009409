namespace NewsAlerts.Pages.Forms;

using NewsAlerts.Core.Security;

/// <summary>
/// Signed, expiring form tokens: every page form carries one in the hidden field <see cref="FieldName"/>, and a POST
/// without a valid one is refused. The token is a <see cref="TokenSigner"/> token (HMAC-SHA256 with <c>Alerts:SigningKey</c>,
/// current or previous) of purpose <see cref="TokenPurpose.Form"/> over <c>{form}:{subject}</c> (the subject
/// percent-encoded, so a value from a request cannot break the token's <c>|</c>-separated payload) and its expiry, so a
/// token for one form or one subscriber is refused for every other. No cookie is involved, so the embedded sign-up
/// works when a browser blocks third-party cookies.
/// </summary>
public sealed class FormTokens(TokenSigner tokens)
{
    /// <summary>The hidden field every page form carries its token in.</summary>
    public const string FieldName = "formToken";

    /// <summary>The subject of forms about nobody yet (the sign-up form).</summary>
    public const string Anyone = "-";

    /// <summary>How long a rendered form can be posted back.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(4);

    /// <summary>A token for posting form <paramref name="form"/> (a constant name) about <paramref name="subject"/> (any text).</summary>
    /// <exception cref="ArgumentException">The form is empty or contains <c>|</c> or <c>:</c>, or the subject is empty.</exception>
    public string Issue(string form, string subject)
    {
        Check(form, subject);
        return tokens.Issue(TokenPurpose.Form, Payload(form, subject), Lifetime);
    }

    /// <summary>Whether <paramref name="token"/> is a valid, unexpired token for form <paramref name="form"/> about <paramref name="subject"/>.</summary>
    public bool Verify(string? token, string form, string subject)
    {
        if (string.IsNullOrEmpty(form) || string.IsNullOrEmpty(subject))
        {
            return false;
        }

        return tokens.Verify(token, TokenPurpose.Form) is { } verified && verified.SubscriberId == Payload(form, subject);
    }

    private static void Check(string form, string subject)
    {
        if (string.IsNullOrEmpty(form) || form.Contains('|', StringComparison.Ordinal) || form.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("A form name is required, without '|' or ':'.", nameof(form));
        }

        if (string.IsNullOrEmpty(subject))
        {
            throw new ArgumentException("A subject is required.", nameof(subject));
        }
    }

    // Ids ([A-Za-z0-9_-]) and Anyone encode to themselves, so tokens issued before the encoding still verify.
    private static string Payload(string form, string subject) => $"{form}:{Uri.EscapeDataString(subject)}";
}
