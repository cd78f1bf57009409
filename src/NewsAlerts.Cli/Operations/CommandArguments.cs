namespace NewsAlerts.Cli.Operations;

/// <summary>
/// An operator command's own arguments: positional words, flags (<c>--dry-run</c>) and options given as
/// <c>--name value</c> or <c>--name=value</c>. Settings (<c>--Section:Key=value</c>) are left to the configuration.
/// </summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);
    private readonly List<string> positional = [];

    /// <summary>Reads <paramref name="arguments"/>; <paramref name="valued"/> names the options that take a value.</summary>
    public CommandArguments(IReadOnlyList<string> arguments, params string[] valued)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (!argument.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(argument);
                continue;
            }

            var name = argument[2..];
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                options[name[..equals]] = name[(equals + 1)..];
            }
            else if (valued.Contains(name) && i + 1 < arguments.Count)
            {
                options[name] = arguments[++i];
            }
            else
            {
                flags.Add(name);
            }
        }
    }

    /// <summary>The words that are not options, in order.</summary>
    public IReadOnlyList<string> Positional => positional;

    /// <summary>The value of <c>--name</c>, or null.</summary>
    public string? Option(string name) => options.GetValueOrDefault(name);

    /// <summary>Whether <c>--name</c> was given without a value.</summary>
    public bool Flag(string name) => flags.Contains(name);
}
