namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Languages;

/// <summary>
/// Trial r41 (page server time): every sign-up and preference-centre page built the whole time zone list again (some
/// 400 catalog reads and a collation sort, most of the sign-up page's server time). It is kept per language and built
/// again only when an offset differs, so a page after a daylight-saving change still shows the new offsets.
/// </summary>
/// <remarks>
/// CI s44 (red once): these tests read the process's one cache while other tests rendered French pages at today's
/// offsets, which replaced the French list between two reads here. Each test keeps a cache of its own.
/// </remarks>
public sealed class The_zone_list_is_built_once_per_language_until_an_offset_changes
{
    // London and Paris change on 29 March 2026 at 01:00 UTC; Sydney on 5 April 2026 at 16:00 UTC.
    private static readonly DateTimeOffset BeforeEuropeanSummer = new(2026, 3, 29, 0, 59, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AfterEuropeanSummer = new(2026, 3, 29, 1, 0, 0, TimeSpan.Zero);

    private readonly ZoneChoices.Cache cache = new();

    [Fact]
    public void The_same_language_at_the_same_offsets_gets_the_list_built_before()
    {
        PageCulture.Use("en");
        var first = cache.At(BeforeEuropeanSummer);

        Assert.Same(first, cache.At(BeforeEuropeanSummer.AddSeconds(30)));
        Assert.Equal(Options(ZoneChoices.Of(Ids(first), BeforeEuropeanSummer)), Options(first));
    }

    [Fact]
    public void A_daylight_saving_change_builds_the_list_again_with_the_new_offsets()
    {
        PageCulture.Use("en");
        var before = cache.At(BeforeEuropeanSummer);
        var after = cache.At(AfterEuropeanSummer);

        Assert.NotSame(before, after);
        Assert.Contains(Options(before), o => o.Key == "Europe/London" && o.Value == "London (UTC+0)");
        Assert.Contains(Options(after), o => o.Key == "Europe/London" && o.Value == "London (UTC+1)");
        Assert.Contains(Options(cache.At(BeforeEuropeanSummer)), o => o.Key == "Europe/Paris" && o.Value == "Paris (UTC+1)");
    }

    [Fact]
    public void Each_language_keeps_its_own_list()
    {
        PageCulture.Use("fr");
        var french = cache.At(AfterEuropeanSummer);
        PageCulture.Use("en");
        var english = cache.At(AfterEuropeanSummer);
        PageCulture.Use("fr");

        Assert.Contains(Options(french), o => o.Key == "Europe/London" && o.Value == "Londres (UTC+1)");
        Assert.Contains(Options(english), o => o.Key == "Europe/London" && o.Value == "London (UTC+1)");
        Assert.Same(french, cache.At(AfterEuropeanSummer));
    }

    private static IEnumerable<KeyValuePair<string, string>> Options(IReadOnlyList<OptionGroup> groups) => groups.SelectMany(g => g.Options);

    private static List<string> Ids(IReadOnlyList<OptionGroup> groups) => [.. Options(groups).Select(o => o.Key).Where(id => id != "UTC")];
}
