namespace NewsAlerts.Infrastructure.Tests.Templates;

using System.Text.Json.Nodes;
using NewsAlerts.Infrastructure.Tests.Configuration;
using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>
/// The security and reliability properties the compiled template must have. Each rule returns what breaks it (empty
/// when it holds), so the same rules judge the real templates and the deliberately broken copies.
/// </summary>
public static class TemplateRules
{
    /// <summary>Every rule by name.</summary>
    public static IReadOnlyDictionary<string, Func<CompiledTemplate, IEnumerable<string>>> All { get; } =
        new Dictionary<string, Func<CompiledTemplate, IEnumerable<string>>>
        {
            [nameof(HttpsOnly)] = HttpsOnly,
            [nameof(Tls12Minimum)] = Tls12Minimum,
            [nameof(NoPublicBlobAccess)] = NoPublicBlobAccess,
            [nameof(NoKeyAuthentication)] = NoKeyAuthentication,
            [nameof(KeyVaultRbacAndPurgeProtection)] = KeyVaultRbacAndPurgeProtection,
            [nameof(AppsRunAsManagedIdentity)] = AppsRunAsManagedIdentity,
            [nameof(DiagnosticsGoToLogAnalytics)] = DiagnosticsGoToLogAnalytics,
            [nameof(QueuesAreDeclaredSafely)] = QueuesAreDeclaredSafely,
            [nameof(FunctionAppIsFlexConsumptionDotnet10)] = FunctionAppIsFlexConsumptionDotnet10,
            [nameof(SecretsStayInKeyVault)] = SecretsStayInKeyVault,
            [nameof(DispatcherScalesFromZeroOnQueues)] = DispatcherScalesFromZeroOnQueues,
        };

    /// <summary>Nothing is reachable over plain HTTP.</summary>
    public static IEnumerable<string> HttpsOnly(CompiledTemplate template)
    {
        foreach (var site in template.OfType("Microsoft.Web/sites"))
        {
            if (!IsTrue(site.Properties["httpsOnly"]))
            {
                yield return $"Function App {site.Name}: httpsOnly is not true.";
            }
        }

        foreach (var storage in template.OfType("Microsoft.Storage/storageAccounts"))
        {
            if (!IsTrue(storage.Properties["supportsHttpsTrafficOnly"]))
            {
                yield return $"Storage {storage.Name}: supportsHttpsTrafficOnly is not true.";
            }
        }

        foreach (var app in template.OfType("Microsoft.App/containerApps"))
        {
            if (IsTrue(app.Properties["configuration"]?["ingress"]?["allowInsecure"]))
            {
                yield return $"Container app {app.Name}: ingress allows plain HTTP.";
            }
        }
    }

    /// <summary>TLS 1.2 is the lowest version every endpoint accepts.</summary>
    public static IEnumerable<string> Tls12Minimum(CompiledTemplate template)
    {
        foreach (var storage in template.OfType("Microsoft.Storage/storageAccounts"))
        {
            if (Text(storage.Properties["minimumTlsVersion"]) != "TLS1_2")
            {
                yield return $"Storage {storage.Name}: minimumTlsVersion is not TLS1_2.";
            }
        }

        foreach (var bus in template.OfType("Microsoft.ServiceBus/namespaces"))
        {
            if (Text(bus.Properties["minimumTlsVersion"]) != "1.2")
            {
                yield return $"Service Bus {bus.Name}: minimumTlsVersion is not 1.2.";
            }
        }

        foreach (var site in template.OfType("Microsoft.Web/sites"))
        {
            var config = site.Properties["siteConfig"];
            if (Text(config?["minTlsVersion"]) != "1.2" || Text(config?["scmMinTlsVersion"]) != "1.2")
            {
                yield return $"Function App {site.Name}: minTlsVersion and scmMinTlsVersion must be 1.2.";
            }
        }
    }

    /// <summary>No blob can be read anonymously.</summary>
    public static IEnumerable<string> NoPublicBlobAccess(CompiledTemplate template)
    {
        foreach (var storage in template.OfType("Microsoft.Storage/storageAccounts"))
        {
            if (!IsFalse(storage.Properties["allowBlobPublicAccess"]))
            {
                yield return $"Storage {storage.Name}: allowBlobPublicAccess is not false.";
            }
        }

        foreach (var container in template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"))
        {
            var access = Text(container.Properties["publicAccess"]);
            if (access is not null and not "None")
            {
                yield return $"Blob container {container.Name}: publicAccess is {access}.";
            }
        }
    }

    /// <summary>Keys and SAS are refused: Storage, Service Bus, the registry and Application Insights take Entra ID only.</summary>
    public static IEnumerable<string> NoKeyAuthentication(CompiledTemplate template)
    {
        foreach (var storage in template.OfType("Microsoft.Storage/storageAccounts"))
        {
            if (!IsFalse(storage.Properties["allowSharedKeyAccess"]))
            {
                yield return $"Storage {storage.Name}: allowSharedKeyAccess is not false.";
            }
        }

        foreach (var bus in template.OfType("Microsoft.ServiceBus/namespaces"))
        {
            if (!IsTrue(bus.Properties["disableLocalAuth"]))
            {
                yield return $"Service Bus {bus.Name}: disableLocalAuth is not true.";
            }
        }

        foreach (var registry in template.OfType("Microsoft.ContainerRegistry/registries"))
        {
            if (!IsFalse(registry.Properties["adminUserEnabled"]))
            {
                yield return $"Registry {registry.Name}: adminUserEnabled is not false.";
            }
        }

        foreach (var insights in template.OfType("Microsoft.Insights/components"))
        {
            if (!IsTrue(insights.Properties["DisableLocalAuth"]))
            {
                yield return $"Application Insights {insights.Name}: DisableLocalAuth is not true.";
            }
        }

        // Reading keys in the template would put a key into a setting or an output.
        var text = template.Json.ToJsonString();
        foreach (var keyFunction in new[] { "listKeys(", "listConnectionStrings(", "listCredentials(" })
        {
            if (text.Contains(keyFunction, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"The template calls {keyFunction}...) and so handles a key.";
            }
        }
    }

    /// <summary>Key Vault is governed by Azure RBAC and its secrets cannot be purged before the retention ends.</summary>
    public static IEnumerable<string> KeyVaultRbacAndPurgeProtection(CompiledTemplate template)
    {
        var vaults = template.OfType("Microsoft.KeyVault/vaults");
        if (vaults.Count == 0)
        {
            yield return "No Key Vault is declared.";
        }

        foreach (var vault in vaults)
        {
            if (!IsTrue(vault.Properties["enableRbacAuthorization"]))
            {
                yield return $"Key Vault {vault.Name}: enableRbacAuthorization is not true.";
            }

            if (!IsTrue(vault.Properties["enablePurgeProtection"]))
            {
                yield return $"Key Vault {vault.Name}: enablePurgeProtection is not true.";
            }

            if (vault.Properties["accessPolicies"] is JsonArray { Count: > 0 })
            {
                yield return $"Key Vault {vault.Name}: has access policies besides RBAC.";
            }
        }
    }

    /// <summary>The Function App and the container app run as the user-assigned identity and use it for everything.</summary>
    public static IEnumerable<string> AppsRunAsManagedIdentity(CompiledTemplate template)
    {
        var apps = template.OfType("Microsoft.Web/sites").Concat(template.OfType("Microsoft.App/containerApps")).ToList();
        if (apps.Count < 2)
        {
            yield return $"Expected the Function App and the Dispatcher container app, found {apps.Count} app(s).";
        }

        foreach (var app in apps)
        {
            var identity = app.Json["identity"];
            if (Text(identity?["type"])?.Contains("UserAssigned", StringComparison.Ordinal) != true
                || identity?["userAssignedIdentities"] is not JsonObject { Count: > 0 })
            {
                yield return $"{app.Type} {app.Name}: no user-assigned managed identity.";
            }
        }

        foreach (var site in template.OfType("Microsoft.Web/sites"))
        {
            if (site.Properties["keyVaultReferenceIdentity"] is null)
            {
                yield return $"Function App {site.Name}: keyVaultReferenceIdentity is not the user-assigned identity.";
            }

            var settings = AppSettings.Read(site);
            if (settings.GetValueOrDefault("AzureWebJobsStorage__credential") != "managedidentity")
            {
                yield return $"Function App {site.Name}: AzureWebJobsStorage does not use the managed identity.";
            }

            if (Text(site.Properties["functionAppConfig"]?["deployment"]?["storage"]?["authentication"]?["type"]) != "UserAssignedIdentity")
            {
                yield return $"Function App {site.Name}: the deployment container is not read with the managed identity.";
            }
        }

        foreach (var app in template.OfType("Microsoft.App/containerApps"))
        {
            foreach (var registry in app.Properties["configuration"]?["registries"] as JsonArray ?? [])
            {
                if (registry?["identity"] is null || registry["passwordSecretRef"] is not null)
                {
                    yield return $"Container app {app.Name}: pulls from {registry?["server"]} without the managed identity.";
                }
            }
        }
    }

    /// <summary>Every resource that can log sends its logs to the Log Analytics workspace.</summary>
    public static IEnumerable<string> DiagnosticsGoToLogAnalytics(CompiledTemplate template)
    {
        string[] mustLog =
        [
            "Microsoft.Storage/storageAccounts", "Microsoft.Storage/storageAccounts/blobServices",
            "Microsoft.Storage/storageAccounts/tableServices", "Microsoft.ServiceBus/namespaces", "Microsoft.KeyVault/vaults",
            "Microsoft.ContainerRegistry/registries", "Microsoft.Web/sites", "Microsoft.App/managedEnvironments",
        ];
        var covered = template.OfType("Microsoft.Insights/diagnosticSettings")
            .Where(d => d.Properties["workspaceId"] is not null && HasEnabledCategory(d.Properties))
            .Select(d => ScopeType(Text(d.Json["scope"]) ?? string.Empty))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var type in mustLog)
        {
            if (template.OfType(type).Count > 0 && !covered.Contains(type))
            {
                yield return $"{type}: no diagnostic setting sends it to Log Analytics.";
            }
        }
    }

    /// <summary>
    /// Every queue the code uses is declared with dead-lettering on expiry, duplicate detection, a lock duration and a
    /// maximum delivery count.
    /// </summary>
    public static IEnumerable<string> QueuesAreDeclaredSafely(CompiledTemplate template)
    {
        var declared = template.OfType("Microsoft.ServiceBus/namespaces/queues").SelectMany(q => q.Copies()).ToList();
        var names = declared.Select(d => d.Name).ToList();
        foreach (var queue in OptionsCatalog.QueuesTheCodeUses())
        {
            if (!names.Contains(queue))
            {
                yield return $"Queue {queue} is used by the code but not declared.";
            }
        }

        foreach (var (name, properties) in declared)
        {
            if (!IsTrue(properties["deadLetteringOnMessageExpiration"]))
            {
                yield return $"Queue {name}: expired messages are not dead-lettered.";
            }

            if (!IsTrue(properties["requiresDuplicateDetection"]) || properties["duplicateDetectionHistoryTimeWindow"] is null)
            {
                yield return $"Queue {name}: no duplicate detection window.";
            }

            if (string.IsNullOrEmpty(Text(properties["lockDuration"])))
            {
                yield return $"Queue {name}: no lock duration.";
            }

            if (properties["maxDeliveryCount"] is not JsonValue count || !count.TryGetValue<int>(out var max) || max < 1)
            {
                yield return $"Queue {name}: no max delivery count.";
            }
        }
    }

    /// <summary>The Function App runs the .NET 10 isolated worker on the Flex Consumption plan.</summary>
    public static IEnumerable<string> FunctionAppIsFlexConsumptionDotnet10(CompiledTemplate template)
    {
        foreach (var plan in template.OfType("Microsoft.Web/serverfarms"))
        {
            if (Text(plan.Json["sku"]?["tier"]) != "FlexConsumption" || Text(plan.Json["sku"]?["name"]) != "FC1")
            {
                yield return $"Plan {plan.Name}: not Flex Consumption (FC1).";
            }
        }

        foreach (var site in template.OfType("Microsoft.Web/sites"))
        {
            var runtime = site.Properties["functionAppConfig"]?["runtime"];
            if (Text(runtime?["name"]) != "dotnet-isolated" || Text(runtime?["version"]) != "10.0")
            {
                yield return $"Function App {site.Name}: runtime is not dotnet-isolated 10.0.";
            }

            if (Text(site.Properties["functionAppConfig"]?["deployment"]?["storage"]?["type"]) != "blobContainer")
            {
                yield return $"Function App {site.Name}: no deployment blob container.";
            }

            // Flex Consumption takes the runtime from functionAppConfig and refuses these settings.
            foreach (var refused in new[] { "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE" })
            {
                if (AppSettings.Read(site).ContainsKey(refused))
                {
                    yield return $"Function App {site.Name}: {refused} is not allowed on Flex Consumption.";
                }
            }
        }
    }

    /// <summary>Secret settings are Key Vault references; no secret value is in the template.</summary>
    public static IEnumerable<string> SecretsStayInKeyVault(CompiledTemplate template)
    {
        static bool LooksSecret(string name) =>
            new[] { "Password", "Token", "Secret", "Key" }.Any(word => name.EndsWith(word, StringComparison.OrdinalIgnoreCase));

        foreach (var site in template.OfType("Microsoft.Web/sites"))
        {
            foreach (var (name, value) in AppSettings.Read(site).Where(s => LooksSecret(s.Key)))
            {
                if (value?.Contains("@Microsoft.KeyVault(SecretUri=", StringComparison.Ordinal) != true)
                {
                    yield return $"Function App setting {name} is not a Key Vault reference.";
                }
            }
        }

        foreach (var app in template.OfType("Microsoft.App/containerApps"))
        {
            foreach (var secret in app.Properties["configuration"]?["secrets"] as JsonArray ?? [])
            {
                if (secret?["keyVaultUrl"] is null || secret["value"] is not null || secret["identity"] is null)
                {
                    yield return $"Container app {app.Name}: secret {secret?["name"]} is not a Key Vault reference read with the identity.";
                }
            }

            foreach (var env in AppSettings.ContainerEnvironment(app).Where(e => LooksSecret(e.Name)))
            {
                if (env.SecretRef is null)
                {
                    yield return $"Container app {app.Name}: {env.Name} is a plain value, not a secret reference.";
                }
            }
        }
    }

    /// <summary>The Dispatcher costs nothing while the queues are empty and scales out on their backlog.</summary>
    public static IEnumerable<string> DispatcherScalesFromZeroOnQueues(CompiledTemplate template)
    {
        foreach (var app in template.OfType("Microsoft.App/containerApps"))
        {
            var scale = app.Properties["template"]?["scale"];
            if (scale?["minReplicas"] is not JsonValue min || min.GetValue<int>() != 0)
            {
                yield return $"Container app {app.Name}: minReplicas is not 0.";
            }

            var rules = (scale?["copy"] as JsonArray ?? []).Select(c => c?["input"]).Concat(scale?["rules"] as JsonArray ?? []).ToList();
            if (!rules.Any(r => Text(r?["custom"]?["type"]) == "azure-servicebus" && r?["custom"]?["identity"] is not null))
            {
                yield return $"Container app {app.Name}: no azure-servicebus scale rule authenticated by the managed identity.";
            }

            // A scale rule may only use an identity the app holds (both are expressions over the same parameter).
            var held = (app.Json["identity"]?["userAssignedIdentities"] as JsonObject ?? []).Select(i => ParameterIn(i.Key)).ToHashSet();
            foreach (var identity in rules.Select(r => Text(r?["custom"]?["identity"])).OfType<string>())
            {
                if (!held.Contains(ParameterIn(identity)))
                {
                    yield return $"Container app {app.Name}: a scale rule uses {identity}, which the app does not hold.";
                }
            }
        }
    }

    private static string ParameterIn(string expression)
    {
        const string marker = "parameters('";
        var at = expression.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? expression : expression[(at + marker.Length)..].Split('\'')[0];
    }

    private static bool HasEnabledCategory(JsonObject properties) =>
        (properties["logs"] as JsonArray ?? []).Concat(properties["metrics"] as JsonArray ?? []).Any(c => IsTrue(c?["enabled"]));

    /// <summary><c>[resourceId('Microsoft.Storage/storageAccounts/blobServices', ...)]</c> to the resource type.</summary>
    private static string ScopeType(string scope)
    {
        const string prefix = "[resourceId('";
        return scope.StartsWith(prefix, StringComparison.Ordinal) ? scope[prefix.Length..].Split('\'')[0] : scope;
    }

    private static bool IsTrue(JsonNode? node) => node is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static bool IsFalse(JsonNode? node) => node is JsonValue v && v.TryGetValue<bool>(out var b) && !b;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
