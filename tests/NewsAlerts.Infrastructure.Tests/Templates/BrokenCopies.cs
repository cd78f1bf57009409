namespace NewsAlerts.Infrastructure.Tests.Templates;

using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>
/// A copy of infra/ per <see cref="Breakage"/>, each with its one mistake, all compiled by a single
/// <c>bicep build --pattern</c> (one process instead of one per case keeps the suite fast).
/// </summary>
public sealed class BrokenCopies : IAsyncLifetime
{
    /// <summary>The mistakes, by name.</summary>
    public static IReadOnlyList<Breakage> All { get; } =
    [
        new("syntax-error", "modules/storage.bicep", "resource tableService", "resource tableService {"),
        new("unused-parameter", "modules/identity.bicep", "param tags object = {}", "param tags object = {}\nparam forgotten string = 'x'"),
        new("function-setting-removed", "modules/functionapp.bicep", "    Storage__TableServiceUri: storageTableEndpoint\n", string.Empty),
        new("twilio-sink-in-azure", "modules/containerapps.bicep", "{ name: 'Twilio__AccountSid', value: twilioAccountSid }", "{ name: 'Twilio__AccountSid', value: twilioAccountSid }\n            { name: 'Twilio__ApiBaseUrl', value: 'http://127.0.0.1:5090' }"),
        new("signing-key-in-plain-sight", "modules/functionapp.bicep", "Alerts__SigningKey: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${alertsSigningKeySecretName}/)'", "Alerts__SigningKey: 'bm90LWEtc2VjcmV0LW5vdC1hLXNlY3JldC1ub3QtYS1zZWNyZXQ='"),
        new("dispatcher-setting-misspelt", "modules/containerapps.bicep", "{ name: 'ServiceBus__HealthQueue', value: healthQueue }", "{ name: 'ServiceBus__HealthQueu', value: healthQueue }"),
        new("public-blobs", "modules/storage.bicep", "allowBlobPublicAccess: false", "allowBlobPublicAccess: true"),
        new("storage-keys", "modules/storage.bicep", "allowSharedKeyAccess: false", "allowSharedKeyAccess: true"),
        new("storage-tls-1-0", "modules/storage.bicep", "minimumTlsVersion: 'TLS1_2'", "minimumTlsVersion: 'TLS1_0'"),
        new("service-bus-keys", "modules/servicebus.bicep", "disableLocalAuth: true", "disableLocalAuth: false"),
        new("no-dead-lettering", "modules/servicebus.bicep", "deadLetteringOnMessageExpiration: true", "deadLetteringOnMessageExpiration: false"),
        new("queue-renamed", "modules/servicebus.bicep", "    name: 'sms-alerts'", "    name: 'sms-alert'"),
        new("no-purge-protection", "modules/keyvault.bicep", "enablePurgeProtection: true", "enablePurgeProtection: false"),
        new("vault-access-policies", "modules/keyvault.bicep", "enableRbacAuthorization: true", "enableRbacAuthorization: false"),
        new("vault-diagnostics-nowhere", "modules/keyvault.bicep", "    workspaceId: workspaceId\n", string.Empty),
        new("plain-http", "modules/functionapp.bicep", "httpsOnly: true", "httpsOnly: false"),
        new("dotnet-8", "modules/functionapp.bicep", "version: '10.0'", "version: '8.0'"),
        new("dispatcher-always-on", "modules/containerapps.bicep", "minReplicas: 0", "minReplicas: 1"),
        new("scaler-identity-not-held", "modules/containerapps.bicep", "      '${scalerIdentityId}': {}\n", string.Empty),
        new("smtp-password-in-plain-sight", "modules/containerapps.bicep", "{ name: 'Smtp__Password', secretRef: 'smtp-password' }", "{ name: 'Smtp__Password', value: 'hunter2' }"),
    ];

    private readonly string _root = Directory.CreateTempSubdirectory("newsalerts-broken-").FullName;
    private ProcessResult? _build;

    /// <summary>What <c>bicep build</c> printed for the case's copy (diagnostic lines about its files).</summary>
    public IReadOnlyList<string> Diagnostics(string name) =>
        BicepDiagnostics.In(_build!.AllOutput).Where(d => d.StartsWith(Path.Combine(_root, name) + "/", StringComparison.Ordinal)).ToList();

    /// <summary>The case's compiled main template, or null when it did not compile.</summary>
    public CompiledTemplate? Compiled(string name)
    {
        var json = Path.Combine(_root, name, "main.json");
        return File.Exists(json) ? new CompiledTemplate(System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(json))!.AsObject()) : null;
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        foreach (var breakage in All)
        {
            InfraCopy.Into(Path.Combine(_root, breakage.Name)).Edit(breakage.File, breakage.Find, breakage.Replace);
        }

        _build = await BicepCli.RunPatternAsync("build", _root, "*/main.bicep");
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }
}
