namespace NewsAlerts.Infrastructure.Tests.Texts;

using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NewsAlerts.Infrastructure.Tests.Tooling;
using NewsAlerts.Pages;

/// <summary>
/// Review r40 #5: <c>QuietEndSameAsStart</c> stayed in every catalog after <c>QuietEndSameAsStartNamed</c> took its place,
/// with seven more like it (a time zone, a pause and a date message, "none", a title, a too-many message), so translators
/// kept words nobody reads. Every page string is read by the pages' code: named outside <see cref="PageStrings"/>'s own
/// file, or composed from a prefix by the file that composes it.
/// </summary>
public sealed class Every_page_string_is_read_by_the_code
{
    // Keys built at run time: the prefix and the file that builds them. None since s41: durations are worded by Core's
    // DurationText from the email catalog, one source for pages, emails and texts (trial r41 #11).
    private static readonly (string Prefix, string File)[] Composed = [];

    [Fact]
    public void Every_key_of_the_page_catalog_is_named_by_code_outside_the_catalogs()
    {
        var keys = XDocument.Load(Path.Combine(Repository.Root, "src", "NewsAlerts.Pages", "PageStrings.resx")).Root!
            .Elements("data").Select(d => (string)d.Attribute("name")!).ToList();
        var code = string.Join('\n', Directory.GetFiles(Path.Combine(Repository.Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "PageStrings.cs")
            .Select(File.ReadAllText));

        foreach (var (prefix, file) in Composed)
        {
            Assert.Contains($"\"{prefix}{{", File.ReadAllText(Path.Combine(Repository.Root, file)).Replace("$\"", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        var unread = keys
            .Where(k => !Composed.Any(c => k.StartsWith(c.Prefix, StringComparison.Ordinal)))
            .Where(k => !Regex.IsMatch(code, $@"\b{Regex.Escape(k)}\b"))
            .ToList();
        Assert.True(unread.Count == 0, "Page strings no code reads: " + string.Join(", ", unread));
    }

    [Fact]
    public void Every_key_of_the_page_catalog_has_its_property()
    {
        var properties = typeof(PageStrings).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var keys = XDocument.Load(Path.Combine(Repository.Root, "src", "NewsAlerts.Pages", "PageStrings.resx")).Root!
            .Elements("data").Select(d => (string)d.Attribute("name")!)
            .Where(k => !Composed.Any(c => k.StartsWith(c.Prefix, StringComparison.Ordinal)));

        Assert.All(keys, k => Assert.Contains(k, properties));
    }
}
