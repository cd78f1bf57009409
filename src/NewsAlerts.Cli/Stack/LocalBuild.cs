namespace NewsAlerts.Cli.Stack;

/// <summary>
/// The stand-ins this repository builds itself (the Service Bus emulator, the SMS sink, the feed server inside the CLI):
/// where their assemblies are, and how a missing build is reported.
/// </summary>
internal static class LocalBuild
{
    /// <summary>The path of <paramref name="fileName"/> beside whichever program started the stack.</summary>
    public static string AssemblyPath(string fileName) => Path.Combine(AppContext.BaseDirectory, fileName);

    /// <summary>Completes when <paramref name="assembly"/> exists.</summary>
    /// <exception cref="StackConfigurationException">It does not: names <paramref name="what"/> and the build that makes it.</exception>
    public static Task RequireAsync(string assembly, string what) =>
        File.Exists(assembly)
            ? Task.CompletedTask
            : throw new StackConfigurationException($"{what} is not built ({assembly} is missing); build NewsAlerts.sln first.");
}
