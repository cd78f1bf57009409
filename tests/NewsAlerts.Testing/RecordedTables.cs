namespace NewsAlerts.Testing;

using System.Collections.Concurrent;
using global::Azure.Core;
using global::Azure.Core.Pipeline;
using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Cli.Stack;

/// <summary>
/// The stack's Azurite tables under a fresh prefix, through a client that records every request it sends (method and
/// URI), so a test can say which table operations a store made: partition queries, point reads, deletes by key.
/// </summary>
public sealed class RecordedTables
{
    /// <summary>
    /// A client on <paramref name="stack"/>'s storage whose tables are named with a new prefix starting
    /// <paramref name="prefixStart"/>; <paramref name="policy"/>, when given, sees every request too (per call, after the
    /// recording), for a test that counts some requests its own way or fails or cancels them.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="stack"/> is null.</exception>
    public RecordedTables(RunningStack stack, string prefixStart, HttpPipelinePolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(stack);
        Prefix = StackFixture.UniqueName(prefixStart);
        var options = new TableClientOptions();
        options.AddPolicy(new RecordingPolicy(Requests), HttpPipelinePosition.PerCall);
        if (policy is not null)
        {
            options.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        Service = new TableServiceClient(stack.StorageConnectionString, options);
        Set = new TableSet(Service, Options.Create(new StorageOptions { TablePrefix = Prefix }));
        Plain = new TableSet(new TableServiceClient(stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = Prefix }));
    }

    /// <summary>The prefix of every table name.</summary>
    public string Prefix { get; }

    /// <summary>The recording client.</summary>
    public TableServiceClient Service { get; }

    /// <summary>The tables, for a store under test.</summary>
    public TableSet Set { get; }

    /// <summary>The same tables through a client of their own that neither records nor runs the policy: another instance.</summary>
    public TableSet Plain { get; }

    /// <summary>Every request sent so far, in order (clear it before the operation a test looks at).</summary>
    public ConcurrentQueue<(string Method, string Uri)> Requests { get; } = new();

    private sealed class RecordingPolicy(ConcurrentQueue<(string, string)> requests) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) => requests.Enqueue((message.Request.Method.ToString(), message.Request.Uri.ToString()));
    }
}
