namespace NewsAlerts.Integration.Tests.Telemetry;

using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Testing;
using OpenTelemetry.Trace;

[Collection("queues")]
public sealed class One_trace_follows_an_article_to_every_send(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private readonly LockedList<Activity> spans = new();
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() =>
        host = await TestFunctionHost.StartAsync(
            fixture.Stack,
            configureServices: services => services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(spans)),
            overrides: new Dictionary<string, string?> { ["Alerts:IndexRefreshSeconds"] = "1" },
            runDispatcher: true);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Ingest_batches_and_sends_on_both_channels_share_one_trace_and_are_counted()
    {
        using var measurements = new HostMeasurements(host.Services.GetRequiredService<IMeterFactory>());
        var (articleId, _, _) = await PublishToOneSubscriberOnBothChannelsAsync();

        var ingest = spans.Snapshot().Single(s => s.OperationName == "ingest article" && Tag(s, AlertTracing.ArticleId) == articleId && Tag(s, "newsalerts.dry_run") == "False");
        await Eventually.TrueAsync(() => Task.FromResult(InTrace(ingest).Count(s => s.OperationName.StartsWith("process ", StringComparison.Ordinal)) == 2), "both batches are processed and their spans ended");
        var trace = InTrace(ingest);

        foreach (var (queue, channel) in new[] { ("email-alerts", "email"), ("sms-alerts", "sms") })
        {
            var create = trace.Single(s => s.OperationName == $"create {queue}");
            var process = trace.Single(s => s.OperationName == $"process {queue}");
            var send = trace.Single(s => s.OperationName == $"send {channel}");
            Assert.Equal(ActivityKind.Producer, create.Kind);
            Assert.Equal(ActivityKind.Consumer, process.Kind);
            Assert.Equal(create.SpanId, process.ParentSpanId); // continued from the message's traceparent
            Assert.Equal(process.SpanId, send.ParentSpanId);
            Assert.Equal(articleId, Tag(process, AlertTracing.ArticleId));
            Assert.Equal(Tag(create, AlertTracing.BatchNumber), Tag(process, AlertTracing.BatchNumber));
            Assert.Equal("complete", Tag(process, "messaging.operation.name"));
            Assert.Equal("Sent", Tag(send, AlertTracing.Outcome));
            Assert.Equal(ingest.TraceId, send.TraceId);
        }

        Assert.Contains(trace, s => s.OperationName == "match article" && s.ParentSpanId == ingest.SpanId);
        Assert.Contains(trace, s => s.OperationName == "plan alerts" && s.ParentSpanId == ingest.SpanId);

        Assert.Equal(1, measurements.Sum("newsalerts.alerts.planned", (AlertTracing.Channel, "email")));
        Assert.Equal(1, measurements.Sum("newsalerts.alerts.planned", (AlertTracing.Channel, "sms")));
        Assert.Equal(1, measurements.Sum("newsalerts.alerts.dispatched", (AlertTracing.Channel, "email"), (AlertTracing.Outcome, "sent")));
        Assert.Equal(1, measurements.Sum("newsalerts.alerts.dispatched", (AlertTracing.Channel, "sms"), (AlertTracing.Outcome, "sent")));
        Assert.Equal(0, measurements.Sum("newsalerts.alerts.dispatched", (AlertTracing.Outcome, "failed")));
        Assert.Equal(1, measurements.Count("newsalerts.queue.lag", ("messaging.destination.name", "email-alerts"), ("messaging.operation.name", "complete")));
        Assert.Equal(1, measurements.Count("messaging.process.duration", ("messaging.destination.name", "sms-alerts")));
        Assert.Equal(0, measurements.Sum("newsalerts.dead_letters"));
    }

    [Fact]
    public async Task No_span_carries_an_address_a_number_or_a_token()
    {
        var (articleId, email, phone) = await PublishToOneSubscriberOnBothChannelsAsync();
        var ingest = spans.Snapshot().Single(s => s.OperationName == "ingest article" && Tag(s, AlertTracing.ArticleId) == articleId && Tag(s, "newsalerts.dry_run") == "False");
        await Eventually.TrueAsync(() => Task.FromResult(InTrace(ingest).Count(s => s.OperationName.StartsWith("process ", StringComparison.Ordinal)) == 2), "both batches are processed");

        var digits = phone.TrimStart('+');
        var local = email[..email.IndexOf('@', StringComparison.Ordinal)];
        foreach (var span in spans.Snapshot())
        {
            foreach (var (key, value) in span.TagObjects.Select(t => (t.Key, t.Value?.ToString() ?? string.Empty)).Append((span.DisplayName, span.StatusDescription ?? string.Empty)))
            {
                Assert.DoesNotContain(local, value, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(digits, value, StringComparison.Ordinal);
                Assert.DoesNotContain(digits[^6..], value, StringComparison.Ordinal);
                Assert.False(key.Contains("token", StringComparison.OrdinalIgnoreCase) || key.Contains("email.address", StringComparison.OrdinalIgnoreCase), key);
            }
        }
    }

    private async Task<(string ArticleId, string Email, string Phone)> PublishToOneSubscriberOnBothChannelsAsync()
    {
        var store = host.Services.GetRequiredService<ISubscriberStore>();
        var local = $"trace{Guid.NewGuid():N}"[..20];
        var email = $"{local}@example.com";
        var phone = TestPhones.NewValid();
        const string topic = "Aleppo";
        var subscriber = new Subscriber(
            $"tr{Guid.NewGuid():N}", email, ContactStatus.Confirmed, phone, ContactStatus.Confirmed, "UTC", [new Topic("t1", topic, false)], 2, DateTimeOffset.UtcNow);
        await store.SaveAsync(subscriber, CancellationToken.None);
        var articleId = $"urn:test:trace:{Guid.NewGuid():N}";
        await Eventually.TrueAsync(
            async () => (await Editor.PublishAsync(host, Editor.SampleArticle(articleId, urgency: 1), dryRun: true)).GetProperty("reach").GetProperty("smsAlerts").GetInt32() >= 1,
            "the subscriber is matched");
        await Editor.PublishAsync(host, Editor.SampleArticle(articleId, urgency: 1));
        var ledger = host.Services.GetRequiredService<IDeliveryLedger>();
        await Eventually.TrueAsync(
            async () => await ledger.GetStateAsync(articleId, subscriber.Id, Channel.Email, CancellationToken.None) is LedgerState.Sent or LedgerState.Delivered
                && await ledger.GetStateAsync(articleId, subscriber.Id, Channel.Sms, CancellationToken.None) is LedgerState.Sent or LedgerState.Delivered,
            "the email and the SMS are sent");
        return (articleId, email, phone);
    }

    private List<Activity> InTrace(Activity root) => spans.Snapshot().Where(s => s.TraceId == root.TraceId).ToList();

    private static string? Tag(Activity span, string key) => span.GetTagItem(key)?.ToString();
}
