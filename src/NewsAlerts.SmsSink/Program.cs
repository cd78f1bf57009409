using NewsAlerts.SmsSink;

// Usage: NewsAlerts.SmsSink --urls=http://127.0.0.1:5090 --account-sid=AC... --auth-token=... [--invalid-numbers=+1...,+1...]
//        [--opted-out-numbers=...] [--inbound-webhook-url=http://127.0.0.1:7071/api/twilio/inbound]
try
{
    var app = SmsSinkApp.Build(args);
    // Validated before the host starts: a failing start logs "Hosting failed to start" with a stack trace first.
    Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
        .GetService<Microsoft.Extensions.Options.IStartupValidator>(app.Services)?.Validate();
    await app.RunAsync();
    return 0;
}
catch (InvalidOperationException ex)
{
    await Console.Error.WriteLineAsync($"configuration error: {ex.Message}");
    return 2;
}
catch (Microsoft.Extensions.Options.OptionsValidationException ex)
{
    await Console.Error.WriteLineAsync($"configuration error: {ex.Message}");
    return 2;
}
