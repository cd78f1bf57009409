namespace NewsAlerts.Channels.Tests.Support;

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

/// <summary>A loopback HTTP server that records every POSTed form with its signature: the app's webhooks, in tests.</summary>
public sealed class WebhookRecorder : IAsyncDisposable
{
    private readonly WebApplication app;

    private WebhookRecorder(WebApplication app) => this.app = app;

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<RecordedWebhook> Received { get; } = new();

    /// <summary>The recorder's base URL.</summary>
    public Uri BaseUri { get; private set; } = null!;

    public static async Task<WebhookRecorder> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        var app = builder.Build();
        var recorder = new WebhookRecorder(app);
        app.MapPost("/{**path}", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            recorder.Received.Enqueue(new RecordedWebhook(
                new Uri(recorder.BaseUri, request.Path + request.QueryString),
                form.Select(p => new KeyValuePair<string, string>(p.Key, p.Value.ToString())).ToList(),
                request.Headers["X-Twilio-Signature"].ToString()));
            return Results.Text("<Response/>", "text/xml");
        });
        await app.StartAsync();
        recorder.BaseUri = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return recorder;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
