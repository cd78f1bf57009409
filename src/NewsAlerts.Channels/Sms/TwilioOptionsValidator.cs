namespace NewsAlerts.Channels.Sms;

using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;

/// <summary>Fails start-up with messages naming each wrong <c>Twilio</c> setting.</summary>
public sealed partial class TwilioOptionsValidator : IValidateOptions<TwilioOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TwilioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.AccountSid))
        {
            failures.Add("Setting 'Twilio:AccountSid' is missing.");
        }
        else if (!AccountSidPattern().IsMatch(options.AccountSid))
        {
            failures.Add("Setting 'Twilio:AccountSid' must be 'AC' followed by 32 hex digits.");
        }

        if (string.IsNullOrWhiteSpace(options.AuthToken))
        {
            failures.Add("Setting 'Twilio:AuthToken' is missing.");
        }

        foreach (var (setting, value) in new[] { ("Twilio:AuthToken", options.AuthToken), ("Twilio:PreviousAuthToken", options.PreviousAuthToken) })
        {
            if (KeyVaultReferences.IsUnresolved(value))
            {
                failures.Add(KeyVaultReferences.Failure(setting));
            }
        }

        if (string.IsNullOrWhiteSpace(options.FromNumber) && string.IsNullOrWhiteSpace(options.MessagingServiceSid))
        {
            failures.Add("Setting 'Twilio:FromNumber' is missing (or set 'Twilio:MessagingServiceSid').");
        }
        else if (!string.IsNullOrWhiteSpace(options.FromNumber) && !E164Pattern().IsMatch(options.FromNumber))
        {
            failures.Add("Setting 'Twilio:FromNumber' must be an E.164 number such as +15005550006.");
        }

        if (options.ApiBaseUrl is { IsAbsoluteUri: false })
        {
            failures.Add("Setting 'Twilio:ApiBaseUrl' must be an absolute URL.");
        }

        if (options.StatusCallbackUrl is { IsAbsoluteUri: false })
        {
            failures.Add("Setting 'Twilio:StatusCallbackUrl' must be an absolute URL.");
        }

        // MessagesPerSecond and RequestTimeout: each checked against its [Range].
        failures.AddRange(SettingRange.Failures(options, TwilioOptions.SectionName));

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^AC[0-9a-fA-F]{32}$")]
    private static partial Regex AccountSidPattern();

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164Pattern();
}
