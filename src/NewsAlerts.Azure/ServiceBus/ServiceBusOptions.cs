namespace NewsAlerts.Azure.ServiceBus;

/// <summary>
/// Where the Service Bus namespace lives. Locally a connection string (our emulator); in Azure the namespace's
/// host name with the app's managed identity.
/// </summary>
public sealed class ServiceBusOptions
{
    /// <summary>The configuration section: <c>ServiceBus</c> (environment variables <c>ServiceBus__...</c>).</summary>
    public const string SectionName = "ServiceBus";

    /// <summary>A connection string; used when set (local stack, tests).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The namespace host, e.g. <c>newsalerts.servicebus.windows.net</c>, used with the managed identity.</summary>
    public string? FullyQualifiedNamespace { get; set; }

    /// <summary>The queue the health check peeks at to prove the namespace answers.</summary>
    public string HealthQueue { get; set; } = "email-alerts";
}
