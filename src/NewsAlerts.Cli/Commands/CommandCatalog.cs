namespace NewsAlerts.Cli.Commands;

using System.Reflection;

/// <summary>Finds every <see cref="ICliCommand"/> in this assembly and runs the one named on the command line.</summary>
public static class CommandCatalog
{
    /// <summary>All commands, sorted by name.</summary>
    public static IReadOnlyList<ICliCommand> All { get; } = typeof(CommandCatalog).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t)
            && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>Runs the command named by the first argument.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            await WriteUsageAsync(console.Out);
            return args.Count == 0 ? 2 : 0;
        }

        var command = All.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            await console.Error.WriteLineAsync($"newsalerts: unknown command '{args[0]}'.");
            await WriteUsageAsync(console.Error);
            return 2;
        }

        return await command.RunAsync(args.Skip(1).ToList(), console, cancellationToken);
    }

    private static async Task WriteUsageAsync(TextWriter writer)
    {
        await writer.WriteLineAsync("Usage: newsalerts <command> [options]");
        foreach (var command in All)
        {
            await writer.WriteLineAsync($"  {command.Name,-10} {command.Summary}");
        }
    }
}
