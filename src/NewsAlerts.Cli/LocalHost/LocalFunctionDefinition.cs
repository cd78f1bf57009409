namespace NewsAlerts.Cli.LocalHost;

using System.Collections.Immutable;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Definition;

/// <summary>The <see cref="FunctionDefinition"/> of a function run by the local host, derived from its method.</summary>
internal sealed class LocalFunctionDefinition(LocalFunction function) : FunctionDefinition
{
    public override ImmutableArray<FunctionParameter> Parameters { get; } =
        [.. function.Method.GetParameters().Select(p => new FunctionParameter(p.Name!, p.ParameterType))];

    public override string PathToAssembly { get; } = function.Method.DeclaringType!.Assembly.Location;

    public override string EntryPoint { get; } = function.EntryPoint;

    public override string Id { get; } = function.Name;

    public override string Name { get; } = function.Name;

    public override IImmutableDictionary<string, BindingMetadata> InputBindings { get; } =
        ImmutableDictionary<string, BindingMetadata>.Empty;

    public override IImmutableDictionary<string, BindingMetadata> OutputBindings { get; } =
        ImmutableDictionary<string, BindingMetadata>.Empty;
}
