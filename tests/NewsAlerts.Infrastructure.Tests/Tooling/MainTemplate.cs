namespace NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>infra/main.bicep compiled once for every test that reads it.</summary>
public static class MainTemplate
{
    private static readonly Lazy<Task<CompiledTemplate>> Compiled =
        new(() => BicepCli.CompileAsync(Path.Combine(Repository.Infra, "main.bicep")));

    /// <summary>The compiled template.</summary>
    public static Task<CompiledTemplate> CompileAsync() => Compiled.Value;
}
