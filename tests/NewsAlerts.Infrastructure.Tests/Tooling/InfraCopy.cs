namespace NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>A throw-away copy of infra/ (without the local stack) that a test may break.</summary>
public sealed class InfraCopy : IDisposable
{
    private InfraCopy(string root) => Root = root;

    /// <summary>The copy's folder, laid out like infra/.</summary>
    public string Root { get; }

    /// <summary>Copies every template and parameter file into a new temporary folder.</summary>
    public static InfraCopy Create() => Into(Directory.CreateTempSubdirectory("newsalerts-infra-").FullName);

    /// <summary>Copies every template and parameter file into <paramref name="root"/>.</summary>
    public static InfraCopy Into(string root)
    {
        foreach (var file in Directory.EnumerateFiles(Repository.Infra, "*.bicep*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Repository.Infra, file);
            if (relative.StartsWith("local", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return new InfraCopy(root);
    }

    /// <summary>Replaces exactly one occurrence of <paramref name="find"/> in a file of the copy.</summary>
    public void Edit(string relativePath, string find, string replace)
    {
        var path = Path.Combine(Root, relativePath);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(find, at + find.Length, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{find}' must occur exactly once in {relativePath}.");
        }

        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length)));
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Root, recursive: true);
}
