namespace NewsAlerts.Infrastructure.Tests.Templates;

using NewsAlerts.Infrastructure.Tests.Tooling;

public sealed class The_compiled_template_is_secure_by_default
{
    [Fact]
    public Task Everything_is_served_over_https_only() => Holds(TemplateRules.HttpsOnly);

    [Fact]
    public Task Tls_1_2_is_the_minimum_everywhere() => Holds(TemplateRules.Tls12Minimum);

    [Fact]
    public Task Storage_account_refuses_public_blob_access() => Holds(TemplateRules.NoPublicBlobAccess);

    [Fact]
    public Task Storage_service_bus_registry_and_telemetry_refuse_keys() => Holds(TemplateRules.NoKeyAuthentication);

    [Fact]
    public Task Key_vault_uses_rbac_and_purge_protection() => Holds(TemplateRules.KeyVaultRbacAndPurgeProtection);

    [Fact]
    public Task Function_app_and_dispatcher_run_as_the_managed_identity() => Holds(TemplateRules.AppsRunAsManagedIdentity);

    [Fact]
    public Task Every_resource_that_logs_sends_diagnostics_to_log_analytics() => Holds(TemplateRules.DiagnosticsGoToLogAnalytics);

    [Fact]
    public Task Every_queue_the_code_uses_dead_letters_expired_messages_and_detects_duplicates() => Holds(TemplateRules.QueuesAreDeclaredSafely);

    [Fact]
    public Task Function_app_runs_dotnet_10_isolated_on_flex_consumption() => Holds(TemplateRules.FunctionAppIsFlexConsumptionDotnet10);

    [Fact]
    public Task Secrets_are_key_vault_references_never_values() => Holds(TemplateRules.SecretsStayInKeyVault);

    [Fact]
    public Task Dispatcher_scales_from_zero_on_queue_backlog() => Holds(TemplateRules.DispatcherScalesFromZeroOnQueues);

    [Fact]
    public async Task Both_alert_queues_and_the_manage_link_queue_are_declared()
    {
        var template = await MainTemplate.CompileAsync();

        var names = template.OfType("Microsoft.ServiceBus/namespaces/queues").SelectMany(q => q.Copies()).Select(c => c.Name);

        Assert.Equal(["email-alerts", "manage-links", "sms-alerts"], names.Order(StringComparer.Ordinal));
    }

    private static async Task Holds(Func<CompiledTemplate, IEnumerable<string>> rule)
    {
        var template = await MainTemplate.CompileAsync();

        Assert.Empty(rule(template));
    }
}
