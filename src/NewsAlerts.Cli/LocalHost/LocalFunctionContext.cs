namespace NewsAlerts.Cli.LocalHost;

using System.Collections;
using Microsoft.Azure.Functions.Worker;

/// <summary>
/// The <see cref="FunctionContext"/> handed to a function run by the local host: invocation id, services, items
/// (holding the <c>HttpContext</c> under the key the ASP.NET Core integration reads) and cancellation.
/// </summary>
public sealed class LocalFunctionContext : FunctionContext
{
    /// <summary>The item key under which the Functions ASP.NET Core integration keeps the request's HttpContext.</summary>
    public const string HttpContextKey = "HttpRequestContext";

    private readonly CancellationToken cancellationToken;

    /// <summary>Creates the context for one invocation.</summary>
    public LocalFunctionContext(LocalFunction function, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(function);
        FunctionId = function.Name;
        InstanceServices = services;
        this.cancellationToken = cancellationToken;
        FunctionDefinition = new LocalFunctionDefinition(function);
    }

    /// <inheritdoc />
    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    /// <inheritdoc />
    public override string FunctionId { get; }

    /// <inheritdoc />
    public override TraceContext TraceContext { get; } = new LocalTraceContext();

    /// <inheritdoc />
    public override BindingContext BindingContext { get; } = new LocalBindingContext();

    /// <inheritdoc />
    public override RetryContext RetryContext => null!;

    /// <inheritdoc />
    public override IServiceProvider InstanceServices { get; set; }

    /// <inheritdoc />
    public override FunctionDefinition FunctionDefinition { get; }

    /// <inheritdoc />
    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    /// <inheritdoc />
    public override IInvocationFeatures Features { get; } = new LocalInvocationFeatures();

    /// <inheritdoc />
    public override CancellationToken CancellationToken => cancellationToken;

    private sealed class LocalTraceContext : TraceContext
    {
        public override string TraceParent => System.Diagnostics.Activity.Current?.Id ?? string.Empty;

        public override string TraceState => System.Diagnostics.Activity.Current?.TraceStateString ?? string.Empty;
    }

    private sealed class LocalBindingContext : BindingContext
    {
        public override IReadOnlyDictionary<string, object?> BindingData { get; } = new Dictionary<string, object?>();
    }

    private sealed class LocalInvocationFeatures : IInvocationFeatures
    {
        private readonly Dictionary<Type, object> features = [];

        public T? Get<T>() => features.TryGetValue(typeof(T), out var value) ? (T)value : default;

        public void Set<T>(T instance)
        {
            if (instance is null)
            {
                features.Remove(typeof(T));
            }
            else
            {
                features[typeof(T)] = instance;
            }
        }

        public IEnumerator<KeyValuePair<Type, object>> GetEnumerator() => features.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
