namespace NewsAlerts.Channels.Tests;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Shaping;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Delivery;

public sealed class RegistrationTests
{
    private static readonly Dictionary<string, string?> Complete = new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = "2525",
        ["Smtp:FromAddress"] = "alerts@newsalerts.test",
        ["Twilio:AccountSid"] = "AC0123456789abcdef0123456789abcdef",
        ["Twilio:AuthToken"] = "token",
        ["Twilio:FromNumber"] = "+15005550006",
        ["Twilio:ApiBaseUrl"] = "http://127.0.0.1:5090",
        ["Twilio:MessagesPerSecond"] = "10",
    };

    [Fact]
    public void Complete_settings_give_shaped_singleton_senders_and_the_signature_validator()
    {
        using var provider = Provider(Complete);

        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.IsType<ShapedEmailSender>(provider.GetRequiredService<IEmailSender>());
        Assert.IsType<ShapedSmsSender>(provider.GetRequiredService<ISmsSender>());
        Assert.Same(provider.GetRequiredService<ISmsSender>(), provider.GetRequiredService<ISmsSender>());
        Assert.NotNull(provider.GetRequiredService<TwilioSignatureValidator>());
    }

    [Fact]
    public void Missing_settings_fail_at_start_naming_each_setting()
    {
        using var provider = Provider(new() { ["Twilio:AccountSid"] = "not-a-sid", ["Smtp:Port"] = "0" });

        var error = Assert.Throws<AggregateException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var messages = string.Join('\n', error.InnerExceptions.Select(e => e.Message));
        Assert.Contains("Setting 'Smtp:Host' is missing", messages, StringComparison.Ordinal);
        Assert.Contains("Smtp:Port: 0 is not a whole number from 1 to 65535", messages, StringComparison.Ordinal);
        Assert.Contains("Setting 'Smtp:FromAddress' is missing", messages, StringComparison.Ordinal);
        Assert.Contains("Setting 'Twilio:AccountSid' must be 'AC' followed by 32 hex digits", messages, StringComparison.Ordinal);
        Assert.Contains("Setting 'Twilio:AuthToken' is missing", messages, StringComparison.Ordinal);
        Assert.Contains("Setting 'Twilio:FromNumber' is missing", messages, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Twilio:AuthToken")]
    [InlineData("Twilio:PreviousAuthToken")]
    [InlineData("Smtp:Password")]
    public void A_key_vault_reference_the_platform_left_unresolved_is_never_used_as_a_secret(string setting)
    {
        var settings = new Dictionary<string, string?>(Complete)
        {
            ["Smtp:UserName"] = "relay",
            ["Smtp:Password"] = "secret",
            [setting] = "@Microsoft.KeyVault(SecretUri=https://kv-na-prod.vault.azure.net/secrets/twilio-auth-token/)",
        };
        using var provider = Provider(settings);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains($"Setting '{setting}' is a Key Vault reference the platform could not resolve", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddNewsAlertsChannels();
        return services.BuildServiceProvider();
    }
}
