namespace NewsAlerts.Infrastructure.Tests.Templates;

using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>
/// Alerts__PublicBaseUrl (confirm, manage and unsubscribe links) and Twilio__StatusCallbackUrl are the Function App's
/// own default host name over https, in both apps, never a hand-typed address.
/// </summary>
public sealed class Links_in_alerts_point_at_the_function_apps_own_https_host
{
    private const string SiteHostName = "[format('https://{0}/', reference(resourceId('Microsoft.Web/sites', parameters('name')), '2024-04-01').defaultHostName)]";

    [Fact]
    public async Task Function_app_links_use_its_default_host_name()
    {
        var settings = AppSettings.Read((await MainTemplate.CompileAsync()).Single("Microsoft.Web/sites"));

        Assert.Equal(SiteHostName, settings["Alerts__PublicBaseUrl"]);
        Assert.Equal(
            "[format('{0}api/twilio/status', " + SiteHostName[1..^1] + ")]",
            settings["Twilio__StatusCallbackUrl"]);
    }

    [Fact]
    public async Task Dispatcher_links_use_the_host_name_the_function_app_module_outputs()
    {
        var template = await MainTemplate.CompileAsync();
        var app = template.Single("Microsoft.App/containerApps");
        var module = template.OfType("Microsoft.Resources/deployments").Single(d => d.Name == "containerapps");
        var environment = AppSettings.ContainerEnvironment(app).ToDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal);

        Assert.Equal("[format('https://{0}/', parameters('functionAppHostName'))]", app.Template["variables"]?["publicBaseUrl"]?.ToString());
        Assert.Equal("[variables('publicBaseUrl')]", environment["Alerts__PublicBaseUrl"]);
        Assert.Equal("[format('{0}api/twilio/status', variables('publicBaseUrl'))]", environment["Twilio__StatusCallbackUrl"]);
        Assert.Equal(
            "[reference(resourceId('Microsoft.Resources/deployments', 'functionapp'), '2025-04-01').outputs.defaultHostName.value]",
            module.Properties["parameters"]?["functionAppHostName"]?["value"]?.ToString());
    }
}
