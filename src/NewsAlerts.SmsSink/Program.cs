using NewsAlerts.SmsSink;

// Usage: NewsAlerts.SmsSink --urls=http://127.0.0.1:5090 --account-sid=AC... --auth-token=... [--invalid-numbers=+1...,+1...]
//        [--opted-out-numbers=...] [--inbound-webhook-url=http://127.0.0.1:7071/api/twilio/inbound]
try
{
    await SmsSinkApp.Build(args).RunAsync();
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
