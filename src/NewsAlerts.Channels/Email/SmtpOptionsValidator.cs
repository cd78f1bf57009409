namespace NewsAlerts.Channels.Email;

using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using MimeKit;

/// <summary>Fails start-up with messages naming each wrong <c>Smtp</c> setting.</summary>
public sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            failures.Add("Setting 'Smtp:Host' is missing.");
        }

        // Port, MaxConnections, MessagesPerSecond and Timeout: each checked against its [Range].
        failures.AddRange(SettingRange.Failures(options, SmtpOptions.SectionName));

        if (string.IsNullOrWhiteSpace(options.FromAddress))
        {
            failures.Add("Setting 'Smtp:FromAddress' is missing.");
        }
        else if (!MailboxAddress.TryParse(options.FromAddress, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            failures.Add("Setting 'Smtp:FromAddress' is not an email address.");
        }

        if (KeyVaultReferences.IsUnresolved(options.Password))
        {
            failures.Add(KeyVaultReferences.Failure("Smtp:Password"));
        }

        if (!string.IsNullOrEmpty(options.UserName) && string.IsNullOrEmpty(options.Password))
        {
            failures.Add("Setting 'Smtp:Password' is missing ('Smtp:UserName' is set).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
