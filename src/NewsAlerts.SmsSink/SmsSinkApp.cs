namespace NewsAlerts.SmsSink;

using Microsoft.Extensions.Options;

/// <summary>
/// A Twilio-compatible SMS sink for local runs and tests: the real Twilio SDK sends to it, it answers like Twilio
/// and calls the app back with signed webhooks. Never production. Binds loopback addresses only.
/// </summary>
public static class SmsSinkApp
{
    /// <summary>The default address.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5090";

    /// <summary>Short command-line switches for the <c>Sink</c> settings.</summary>
    public static readonly IReadOnlyDictionary<string, string> SwitchMappings = new Dictionary<string, string>
    {
        ["--account-sid"] = "Sink:AccountSid",
        ["--auth-token"] = "Sink:AuthToken",
        ["--invalid-numbers"] = "Sink:InvalidNumbers",
        ["--opted-out-numbers"] = "Sink:OptedOutNumbers",
        ["--inbound-webhook-url"] = "Sink:InboundWebhookUrl",
        ["--number"] = "Sink:Number",
    };

    /// <summary>Builds the sink from command-line arguments (<c>--urls=http://127.0.0.1:5090</c> and the settings).</summary>
    /// <exception cref="InvalidOperationException">A URL is not a loopback address.</exception>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Configuration.AddCommandLine(args, SwitchMappings.ToDictionary(p => p.Key, p => p.Value));
        var urls = builder.Configuration["urls"] ?? DefaultUrl;
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !(uri.IsLoopback || uri.Host == "127.0.0.1"))
            {
                throw new InvalidOperationException($"Setting 'urls' must name loopback addresses only, such as {DefaultUrl} (it is '{url}').");
            }
        }

        builder.WebHost.UseUrls(urls);
        // One line per message is what a developer wants to see, not ASP.NET Core's per-request chatter.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddOptions<SinkOptions>().BindConfiguration(SinkOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.AccountSid), "Setting 'Sink:AccountSid' is missing.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.AuthToken), "Setting 'Sink:AuthToken' is missing.")
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<MessageStore>();
        builder.Services.AddSingleton<FaultPlan>();
        builder.Services.AddSingleton<InboundWebhook>();
        builder.Services.AddSingleton(_ => new HttpClient { Timeout = TimeSpan.FromSeconds(10) });
        builder.Services.AddSingleton<WebhookPoster>();
        builder.Services.AddSingleton<StatusCallbacks>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StatusCallbacks>());
        // An error answered without a body (no such route, a method the route does not take) is problem+json too.
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()));

        var app = builder.Build();
        app.UseStatusCodePages();
        app.MapPost("/2010-04-01/Accounts/{sid}/Messages.json", MessagesEndpoint.CreateAsync);
        app.MapGet("/2010-04-01/Accounts/{sid}.json", AccountEndpoint.Fetch);
        SinkEndpoints.Map(app);
        app.MapGet("/", (IOptions<SinkOptions> options) => Results.Text(
            $"NewsAlerts SMS sink (Twilio-compatible, local only). Account {options.Value.AccountSid}. GET /sink/messages lists messages."));
        return app;
    }
}
