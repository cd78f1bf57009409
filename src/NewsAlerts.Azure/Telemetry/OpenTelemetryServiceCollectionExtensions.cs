namespace NewsAlerts.Azure.Telemetry;

using global::Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

/// <summary>
/// OpenTelemetry for a NewsAlerts host: NewsAlerts' spans and metrics (<see cref="AlertTracing.SourceName"/>), exported
/// to Application Insights through the Azure Monitor exporter when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set
/// (the templates set it on both apps), and over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (locally, any
/// collector). With neither, spans and metrics are still made for in-process listeners (tests, <c>dev</c>'s summary).
/// </summary>
public static class OpenTelemetryServiceCollectionExtensions
{
    /// <summary>The setting (app setting / environment variable) that names the Application Insights resource.</summary>
    public const string AppInsightsSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The standard OTLP endpoint variable.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Adds tracing and metrics for <paramref name="serviceName"/> (e.g. <c>newsalerts-functions</c>).</summary>
    /// <returns>The OpenTelemetry builder, for host-specific additions (the Functions worker's defaults).</returns>
    public static IOpenTelemetryBuilder AddNewsAlertsOpenTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var appInsights = configuration[AppInsightsSetting];
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]);
        return services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing =>
            {
                // HTTP server spans (http.* conventions) are the roots of ingest traces; without them an unrecorded
                // request activity would be the parent and the parent-based sampler would drop every child span.
                tracing.AddSource(AlertTracing.SourceName).AddAspNetCoreInstrumentation();
                if (!string.IsNullOrWhiteSpace(appInsights))
                {
                    tracing.AddAzureMonitorTraceExporter(o => o.ConnectionString = appInsights);
                }

                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(AlertTracing.SourceName).AddAspNetCoreInstrumentation();
                if (!string.IsNullOrWhiteSpace(appInsights))
                {
                    metrics.AddAzureMonitorMetricExporter(o => o.ConnectionString = appInsights);
                }

                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
    }
}
