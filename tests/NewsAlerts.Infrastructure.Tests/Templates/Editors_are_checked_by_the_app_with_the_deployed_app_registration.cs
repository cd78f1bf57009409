namespace NewsAlerts.Infrastructure.Tests.Templates;

using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>
/// Editors in Azure: the Function App validates Entra ID access tokens itself (Editor__TenantId, Editor__ClientId from
/// the parameters deploy.sh fills), and App Service authentication stays off. The plan is Flex Consumption, which does
/// not support it: a trusted X-MS-CLIENT-PRINCIPAL header there would let anyone claim to be an editor.
/// </summary>
public sealed class Editors_are_checked_by_the_app_with_the_deployed_app_registration
{
    [Fact]
    public async Task The_function_app_gets_the_app_registration_from_the_parameters()
    {
        var template = await MainTemplate.CompileAsync();
        var settings = AppSettings.Read(template.Single("Microsoft.Web/sites"));
        var module = template.OfType("Microsoft.Resources/deployments").Single(d => d.Name == "functionapp");

        Assert.Equal("[parameters('editorTenantId')]", settings["Editor__TenantId"]);
        Assert.Equal("[parameters('editorClientId')]", settings["Editor__ClientId"]);
        Assert.Equal("[parameters('editorTenantId')]", module.Properties["parameters"]?["editorTenantId"]?["value"]?.ToString());
        Assert.Equal("[parameters('editorClientId')]", module.Properties["parameters"]?["editorClientId"]?["value"]?.ToString());
        Assert.Equal(string.Empty, template.Json["parameters"]?["editorTenantId"]?["defaultValue"]?.ToString());
        Assert.Equal(string.Empty, template.Json["parameters"]?["editorClientId"]?["defaultValue"]?.ToString());
    }

    [Fact]
    public async Task Platform_authentication_stays_off_on_the_flex_consumption_plan()
    {
        var template = await MainTemplate.CompileAsync();
        var settings = AppSettings.Read(template.Single("Microsoft.Web/sites"));

        Assert.Equal("FlexConsumption", template.Single("Microsoft.Web/serverfarms").Json["sku"]?["tier"]?.ToString());
        Assert.Equal("false", settings["Editor__PlatformAuth"]);
        Assert.DoesNotContain(
            template.OfType("Microsoft.Web/sites/config"),
            c => c.Name.Contains("authsettings", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("dev.bicepparam")]
    [InlineData("prod.bicepparam")]
    [InlineData("main.bicepparam")]
    public async Task Every_parameter_file_reads_the_ids_deploy_sh_exports(string file)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Repository.Infra, file));

        Assert.Contains("param editorTenantId = readEnvironmentVariable('NEWSALERTS_EDITOR_TENANT_ID', '')", text, StringComparison.Ordinal);
        Assert.Contains("param editorClientId = readEnvironmentVariable('NEWSALERTS_EDITOR_CLIENT_ID', '')", text, StringComparison.Ordinal);
    }
}
