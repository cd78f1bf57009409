namespace NewsAlerts.Azure.ServiceBus;

using Microsoft.Extensions.Options;

/// <summary>Fails start-up with one message naming the missing setting.</summary>
public sealed class ServiceBusOptionsValidator : IValidateOptions<ServiceBusOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ServiceBusOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.FullyQualifiedNamespace))
        {
            return ValidateOptionsResult.Fail(
                "Setting 'ServiceBus:ConnectionString' is missing (or set 'ServiceBus:FullyQualifiedNamespace' to use the managed identity).");
        }

        return string.IsNullOrWhiteSpace(options.HealthQueue)
            ? ValidateOptionsResult.Fail("Setting 'ServiceBus:HealthQueue' must name a queue.")
            : ValidateOptionsResult.Success;
    }
}
