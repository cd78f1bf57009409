namespace NewsAlerts.Core.Telemetry;

using System.Diagnostics;
using System.Reflection;

/// <summary>
/// The one <see cref="ActivitySource"/> of NewsAlerts (name <c>NewsAlerts</c>), the attribute names its spans carry,
/// and W3C trace-context propagation through message properties. One trace per article: ingest → match → plan →
/// one <c>create</c> span per queued batch → the Dispatcher's <c>process</c> span (continued from the message) → one
/// <c>send</c> span per alert. Attributes hold ids, counts and outcomes only: never an address, a number or a token.
/// </summary>
public static class AlertTracing
{
    /// <summary>The name of the activity source and of the meter (OpenTelemetry's <c>AddSource</c> / <c>AddMeter</c>).</summary>
    public const string SourceName = "NewsAlerts";

    /// <summary>The article's id (<c>uri</c> or ninjs id).</summary>
    public const string ArticleId = "newsalerts.article.id";

    /// <summary>The article's version number.</summary>
    public const string ArticleVersion = "newsalerts.article.version";

    /// <summary>The batch's number within its article and channel.</summary>
    public const string BatchNumber = "newsalerts.batch.number";

    /// <summary><c>email</c> or <c>sms</c>.</summary>
    public const string Channel = "newsalerts.channel";

    /// <summary>What one send or one recipient came to (<c>sent</c>, <c>failed</c>, <c>retrying</c>, <c>skipped</c>, ...).</summary>
    public const string Outcome = "newsalerts.outcome";

    /// <summary>The W3C <c>traceparent</c> application property on queued batches.</summary>
    public const string TraceParentProperty = "traceparent";

    /// <summary>The W3C <c>tracestate</c> application property on queued batches.</summary>
    public const string TraceStateProperty = "tracestate";

    /// <summary>The Azure SDK's own name for the trace parent (<c>Diagnostic-Id</c>), set too so its tools see the link.</summary>
    public const string DiagnosticIdProperty = "Diagnostic-Id";

    /// <summary>The source every NewsAlerts span comes from.</summary>
    public static ActivitySource Source { get; } = new(SourceName, typeof(AlertTracing).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    /// <summary>Writes <paramref name="activity"/>'s context into message properties (nothing when there is none).</summary>
    public static void Inject(Activity? activity, IDictionary<string, object> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        if (activity is null || activity.IdFormat != ActivityIdFormat.W3C || activity.Id is null)
        {
            return;
        }

        properties[TraceParentProperty] = activity.Id;
        properties[DiagnosticIdProperty] = activity.Id;
        if (!string.IsNullOrEmpty(activity.TraceStateString))
        {
            properties[TraceStateProperty] = activity.TraceStateString;
        }
    }

    /// <summary>The context a producer wrote into message properties (<c>traceparent</c>, else <c>Diagnostic-Id</c>), or default.</summary>
    public static ActivityContext Extract(IReadOnlyDictionary<string, object> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var parent = properties.TryGetValue(TraceParentProperty, out var p) ? p as string
            : properties.TryGetValue(DiagnosticIdProperty, out var d) ? d as string : null;
        var state = properties.TryGetValue(TraceStateProperty, out var s) ? s as string : null;
        return parent is not null && ActivityContext.TryParse(parent, state, isRemote: true, out var context) ? context : default;
    }

    /// <summary>The channel's attribute value.</summary>
    public static string ChannelName(Delivery.Channel channel) => Delivery.AlertChannel.For(channel).Name;
}
