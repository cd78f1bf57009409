namespace NewsAlerts.Infrastructure.Tests.Configuration;

using NewsAlerts.Azure.ServiceBus;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Infrastructure.Tests.Tooling;

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
    }

    [Fact]
    public void Function_app_binds_storage_and_service_bus_at_start()
    {
        var bound = OptionsCatalog.BoundBy(DeployedApps.FunctionApp.Register);

        Assert.Contains(typeof(StorageOptions), bound);
        Assert.Contains(typeof(ServiceBusOptions), bound);
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
    public void Sections_set_ahead_of_the_code_leave_the_list_once_an_options_class_claims_them() =>
        Assert.Empty(SettingsContract.ObsoletePendingSections());
}
