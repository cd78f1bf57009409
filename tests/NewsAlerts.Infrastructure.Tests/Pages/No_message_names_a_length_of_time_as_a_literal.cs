namespace NewsAlerts.Infrastructure.Tests.Pages;

using System.Text.RegularExpressions;
using NewsAlerts.Core.Words;
using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>
/// Every length of time a person reads in an email, a text or a page comes from its setting through
/// <see cref="DurationText"/>: the sources that write messages hold no string literal like "14 days".
/// </summary>
public sealed partial class No_message_names_a_length_of_time_as_a_literal
{
    // The projects that write what people read: emails and texts (Channels, Core's digests and follow-ups), pages and their functions.
    private static readonly string[] Projects = ["NewsAlerts.Channels", "NewsAlerts.Core", "NewsAlerts.Pages", "NewsAlerts.Functions", "NewsAlerts.Dispatcher"];

    // Fixed choices a person picks, not settings: the pause lengths offered on /manage.
    private static readonly string[] Allowed = ["PauseDay = \"1 day\"", "PauseWeek = \"1 week\""];

    [Fact]
    public void No_email_text_or_page_source_has_a_literal_duration()
    {
        var offenders = Projects
            .SelectMany(p => Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", p), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && !l.Text.StartsWith("@*", StringComparison.Ordinal))
            .Where(l => !l.Text.StartsWith("throw ", StringComparison.Ordinal)) // exceptions are for operators, not people
            .Where(l => LiteralDuration().IsMatch(l.Text) && !Allowed.Any(a => l.Text.Contains(a, StringComparison.Ordinal)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("\"the link works for 14 days\"", true)]
    [InlineData("$\"(it works for 2 hours)\"", true)]
    [InlineData("<p>Codes last 10 minutes.</p>", true)]
    [InlineData("$\"(it works for {lasts})\"", false)]
    [InlineData("TimeSpan.FromDays(14)", false)]
    public void The_check_finds_a_literal_in_a_string_or_markup(string line, bool found) =>
        Assert.Equal(found, LiteralDuration().IsMatch(line));

    // A number and a unit inside a string literal or a markup text node.
    [GeneratedRegex("""("|>)[^"<]*\b\d+\s*(minute|hour|day|week)s?\b""")]
    private static partial Regex LiteralDuration();
}
