namespace NewsAlerts.Cli.LocalHost;

using System.Reflection;

/// <summary>One <c>[Function]</c> method found in the Function App's assembly, with its trigger.</summary>
/// <param name="Name">The function name from <c>[Function("...")]</c>.</param>
/// <param name="Method">The method to invoke.</param>
/// <param name="Http">The HTTP trigger, when it is HTTP-triggered.</param>
/// <param name="Timer">The timer trigger, when it is timer-triggered.</param>
public sealed record LocalFunction(string Name, MethodInfo Method, HttpTriggerBinding? Http, TimerTriggerBinding? Timer)
{
    /// <summary>The entry point as written in <c>functions.metadata</c>: <c>Namespace.Type.Method</c>.</summary>
    public string EntryPoint => $"{Method.DeclaringType!.FullName}.{Method.Name}";
}
