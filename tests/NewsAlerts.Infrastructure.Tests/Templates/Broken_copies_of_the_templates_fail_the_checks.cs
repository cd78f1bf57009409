namespace NewsAlerts.Infrastructure.Tests.Templates;

using NewsAlerts.Infrastructure.Tests.Configuration;
using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>The checks catch real mistakes: each case breaks a copy of infra/ and one check must then fail.</summary>
public sealed class Broken_copies_of_the_templates_fail_the_checks
{
    [Fact]
    public async Task A_syntax_error_fails_the_build()
    {
        using var copy = InfraCopy.Create();
        copy.Edit("modules/storage.bicep", "resource tableService", "resource tableService {");

        var result = await BicepCli.BuildAsync(Path.Combine(copy.Root, "main.bicep"));

        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public async Task An_unused_parameter_fails_the_lint()
    {
        using var copy = InfraCopy.Create();
        copy.Edit("modules/identity.bicep", "param tags object = {}", "param tags object = {}\nparam forgotten string = 'x'");

        var result = await BicepCli.LintAsync(Path.Combine(copy.Root, "modules/identity.bicep"));

        Assert.Contains(BicepDiagnostics.In(result.AllOutput), d => d.Contains("no-unused-params", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_setting_removed_from_the_function_app_fails_the_configuration_check()
    {
        using var copy = InfraCopy.Create();
        copy.Edit("modules/functionapp.bicep", "{ name: 'Storage__TableServiceUri', value: storageTableEndpoint }", string.Empty);

        var violations = SettingsContract.Violations(await Compile(copy));

        Assert.Contains(violations, v => v.Contains("Function App reads 'Storage:TableServiceUri'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_setting_no_code_reads_fails_the_configuration_check()
    {
        using var copy = InfraCopy.Create();
        copy.Edit("modules/containerapps.bicep", "{ name: 'ServiceBus__HealthQueue', value: healthQueue }", "{ name: 'ServiceBus__HealthQueu', value: healthQueue }");

        var violations = SettingsContract.Violations(await Compile(copy)).ToList();

        Assert.Contains(violations, v => v.Contains("sets ServiceBus__HealthQueu,", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("Dispatcher reads 'ServiceBus:HealthQueue'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("modules/storage.bicep", "allowBlobPublicAccess: false", "allowBlobPublicAccess: true", nameof(TemplateRules.NoPublicBlobAccess))]
    [InlineData("modules/storage.bicep", "allowSharedKeyAccess: false", "allowSharedKeyAccess: true", nameof(TemplateRules.NoKeyAuthentication))]
    [InlineData("modules/storage.bicep", "minimumTlsVersion: 'TLS1_2'", "minimumTlsVersion: 'TLS1_0'", nameof(TemplateRules.Tls12Minimum))]
    [InlineData("modules/servicebus.bicep", "disableLocalAuth: true", "disableLocalAuth: false", nameof(TemplateRules.NoKeyAuthentication))]
    [InlineData("modules/servicebus.bicep", "deadLetteringOnMessageExpiration: true", "deadLetteringOnMessageExpiration: false", nameof(TemplateRules.QueuesAreDeclaredSafely))]
    [InlineData("modules/servicebus.bicep", "    name: 'sms-alerts'", "    name: 'sms-alert'", nameof(TemplateRules.QueuesAreDeclaredSafely))]
    [InlineData("modules/keyvault.bicep", "enablePurgeProtection: true", "enablePurgeProtection: false", nameof(TemplateRules.KeyVaultRbacAndPurgeProtection))]
    [InlineData("modules/keyvault.bicep", "enableRbacAuthorization: true", "enableRbacAuthorization: false", nameof(TemplateRules.KeyVaultRbacAndPurgeProtection))]
    [InlineData("modules/functionapp.bicep", "httpsOnly: true", "httpsOnly: false", nameof(TemplateRules.HttpsOnly))]
    [InlineData("modules/functionapp.bicep", "version: '10.0'", "version: '8.0'", nameof(TemplateRules.FunctionAppIsFlexConsumptionDotnet10))]
    [InlineData("modules/containerapps.bicep", "minReplicas: 0", "minReplicas: 1", nameof(TemplateRules.DispatcherScalesFromZeroOnQueues))]
    [InlineData("modules/containerapps.bicep", "{ name: 'Smtp__Password', secretRef: 'smtp-password' }", "{ name: 'Smtp__Password', value: 'hunter2' }", nameof(TemplateRules.SecretsStayInKeyVault))]
    [InlineData("modules/keyvault.bicep", "    workspaceId: workspaceId\n", "", nameof(TemplateRules.DiagnosticsGoToLogAnalytics))]
    public async Task A_weakened_template_fails_its_rule(string file, string find, string replace, string rule)
    {
        using var copy = InfraCopy.Create();
        copy.Edit(file, find, replace);

        var template = await Compile(copy);

        Assert.NotEmpty(TemplateRules.All[rule](template));
    }

    private static Task<CompiledTemplate> Compile(InfraCopy copy) => BicepCli.CompileAsync(Path.Combine(copy.Root, "main.bicep"));
}
