namespace NewsAlerts.Infrastructure.Tests.Templates;

using NewsAlerts.Infrastructure.Tests.Configuration;
using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>The checks catch real mistakes: each case breaks a copy of infra/ and one check must then fail.</summary>
public sealed class Broken_copies_of_the_templates_fail_the_checks(BrokenCopies copies) : IClassFixture<BrokenCopies>
{
    [Fact]
    public void A_syntax_error_fails_the_build()
    {
        Assert.Null(copies.Compiled("syntax-error"));
        Assert.Contains(copies.Diagnostics("syntax-error"), d => d.Contains(" : Error ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unused_parameter_is_a_lint_warning() =>
        Assert.Contains(copies.Diagnostics("unused-parameter"), d => d.Contains("no-unused-params", StringComparison.Ordinal));

    [Fact]
    public void A_setting_removed_from_the_function_app_fails_the_configuration_check() =>
        Assert.Contains(
            SettingsContract.Violations(Compiled("function-setting-removed")),
            v => v.Contains("Function App reads 'Storage:TableServiceUri'", StringComparison.Ordinal));

    [Fact]
    public void The_twilio_sink_address_set_in_azure_fails_the_configuration_check() =>
        Assert.Contains(
            SettingsContract.Violations(Compiled("twilio-sink-in-azure")),
            v => v.Contains("Dispatcher: the template sets Twilio__ApiBaseUrl, which is local-only", StringComparison.Ordinal));

    [Fact]
    public void A_misspelt_setting_is_both_unread_and_missing()
    {
        var violations = SettingsContract.Violations(Compiled("dispatcher-setting-misspelt")).ToList();

        Assert.Contains(violations, v => v.Contains("sets ServiceBus__HealthQueu,", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("Dispatcher reads 'ServiceBus:HealthQueue'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("public-blobs", nameof(TemplateRules.NoPublicBlobAccess))]
    [InlineData("storage-keys", nameof(TemplateRules.NoKeyAuthentication))]
    [InlineData("storage-tls-1-0", nameof(TemplateRules.Tls12Minimum))]
    [InlineData("service-bus-keys", nameof(TemplateRules.NoKeyAuthentication))]
    [InlineData("no-dead-lettering", nameof(TemplateRules.QueuesAreDeclaredSafely))]
    [InlineData("queue-renamed", nameof(TemplateRules.QueuesAreDeclaredSafely))]
    [InlineData("no-purge-protection", nameof(TemplateRules.KeyVaultRbacAndPurgeProtection))]
    [InlineData("vault-access-policies", nameof(TemplateRules.KeyVaultRbacAndPurgeProtection))]
    [InlineData("vault-diagnostics-nowhere", nameof(TemplateRules.DiagnosticsGoToLogAnalytics))]
    [InlineData("plain-http", nameof(TemplateRules.HttpsOnly))]
    [InlineData("dotnet-8", nameof(TemplateRules.FunctionAppIsFlexConsumptionDotnet10))]
    [InlineData("dispatcher-always-on", nameof(TemplateRules.DispatcherScalesFromZeroOnQueues))]
    [InlineData("scaler-identity-not-held", nameof(TemplateRules.DispatcherScalesFromZeroOnQueues))]
    [InlineData("smtp-password-in-plain-sight", nameof(TemplateRules.SecretsStayInKeyVault))]
    [InlineData("signing-key-in-plain-sight", nameof(TemplateRules.SecretsStayInKeyVault))]
    public void A_weakened_template_fails_its_rule(string breakage, string rule) =>
        Assert.NotEmpty(TemplateRules.All[rule](Compiled(breakage)));

    private CompiledTemplate Compiled(string name) =>
        copies.Compiled(name) ?? throw new InvalidOperationException($"The copy '{name}' did not compile:\n{string.Join('\n', copies.Diagnostics(name))}");
}
