namespace NewsAlerts.Infrastructure.Tests.Configuration;

using NewsAlerts.Azure.ServiceBus;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Dispatcher;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Infrastructure.Tests.Tooling;
using NewsAlerts.Pages.Forms;

public sealed class Configuration_names_match_the_options_classes
{
    [Fact]
    public async Task Every_setting_read_at_start_is_set_and_every_template_setting_is_read()
    {
        var template = await MainTemplate.CompileAsync();

        Assert.Empty(SettingsContract.Violations(template));
    }

    [Fact]
    public void Options_classes_are_found_by_reflection()
    {
        var all = OptionsCatalog.All();

        Assert.Contains(typeof(StorageOptions), all);
        Assert.Contains(typeof(ServiceBusOptions), all);
        Assert.Contains(typeof(AlertsOptions), all);
        Assert.Contains(typeof(SmtpOptions), all);
        Assert.Contains(typeof(TwilioOptions), all);
        Assert.Contains(typeof(DispatcherOptions), all);
        Assert.Contains(typeof(SmsOptions), all);
        Assert.Contains(typeof(RateLimitOptions), all);
    }

    [Fact]
    public void Function_app_binds_storage_service_bus_alerts_both_channels_the_sms_countries_the_rate_limits_feeds_and_pages_at_start()
    {
        var bound = OptionsCatalog.BoundBy(DeployedApps.FunctionApp.Register);

        Assert.Equal(
            [typeof(AlertsOptions), typeof(EditorOptions), typeof(FeedOptions), typeof(PageOptions), typeof(RateLimitOptions), typeof(ServiceBusOptions), typeof(SmsOptions), typeof(SmtpOptions), typeof(StorageOptions), typeof(TwilioOptions)],
            bound.OrderBy(t => t.Name, StringComparer.Ordinal));
    }

    [Fact]
    // The Dispatcher sends to contacts sign-up already checked, so it does not bind the Sms section.
    public void Dispatcher_binds_the_shared_sections_and_its_own()
    {
        var bound = OptionsCatalog.BoundBy(DeployedApps.Dispatcher.Register);

        Assert.Equal(
            [typeof(AlertsOptions), typeof(DispatcherOptions), typeof(ServiceBusOptions), typeof(SmtpOptions), typeof(StorageOptions), typeof(TwilioOptions)],
            bound.OrderBy(t => t.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void Azure_needs_the_managed_identity_settings_not_the_local_connection_strings()
    {
        var (storage, _) = OptionsCatalog.AzureSettings(typeof(StorageOptions));
        var (serviceBus, _) = OptionsCatalog.AzureSettings(typeof(ServiceBusOptions));

        Assert.Equal(["Storage__BlobServiceUri", "Storage__TableServiceUri"], storage.Order(StringComparer.Ordinal));
        Assert.Equal(["ServiceBus__FullyQualifiedNamespace", "ServiceBus__HealthQueue"], serviceBus.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_twilio_sink_address_is_never_required_in_azure_and_both_sender_alternatives_are()
    {
        var (twilio, _) = OptionsCatalog.AzureSettings(typeof(TwilioOptions));

        Assert.DoesNotContain("Twilio__ApiBaseUrl", twilio);
        Assert.Contains("Twilio__FromNumber", twilio);
        Assert.Contains("Twilio__MessagingServiceSid", twilio);
    }

    [Fact]
    public void The_local_only_and_optional_lists_name_only_properties_that_exist() =>
        Assert.Empty(SettingsContract.StaleRuleEntries());

    [Fact]
    public void Sections_set_ahead_of_the_code_leave_the_list_once_an_options_class_claims_them() =>
        Assert.Empty(SettingsContract.ObsoletePendingSections());
}
