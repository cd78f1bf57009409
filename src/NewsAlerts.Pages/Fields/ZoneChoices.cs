namespace NewsAlerts.Pages.Fields;

using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Words;
using NodaTime.TimeZones;
using NewsAlerts.Pages.Languages;

/// <summary>
/// The time zone select's options: the IANA zones the machine knows (<see cref="TimeZoneInfo.GetSystemTimeZones()"/>,
/// <c>Region/City</c> ids only), labelled as people of the page's language name them ("Buenos Aires (UTC−3)",
/// "Londres (UTC+0)": the city from <see cref="ZoneWords.Of(string, string)"/>, the emails' <c>ZoneCities</c> catalog)
/// and grouped by region (the IANA area, named by <see cref="PageStrings"/>: "Europe", "Amériques"), UTC first on its
/// own. Values stay the IANA ids the API takes.
/// </summary>
/// <remarks>
/// The list is the same for every page of one language until a zone's offset changes, and building it reads some 400
/// catalog entries and sorts them by the language's collation (most of the sign-up page's server time): so
/// <see cref="At"/> keeps the list last built per culture with the offsets it was built at, and builds it again only
/// when one of them differs at <c>now</c> (a daylight-saving change), so the list served is always the one built for now.
/// </remarks>
public static class ZoneChoices
{
    private static readonly IReadOnlyList<string> Ids =
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id)
            .Where(id => id.Contains('/', StringComparison.Ordinal) && !id.StartsWith("Etc/", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)];

    private static readonly TimeZoneInfo[] Zones = [.. Ids.Select(TimeZoneInfo.FindSystemTimeZoneById)];

    private static readonly Lazy<IReadOnlyDictionary<string, string>> AliasMap = new(() => AliasesOf(Ids));

    private static readonly Cache Shared = new();

    /// <summary>
    /// The groups with offsets as they are at <paramref name="now"/>: UTC alone, then the regions A to Z, cities A to Z
    /// within each (in the page's language's order), from the process's one <see cref="Cache"/>.
    /// </summary>
    public static IReadOnlyList<OptionGroup> At(DateTimeOffset now) => Shared.At(now);

    /// <summary>
    /// As <see cref="At"/>, with <paramref name="selected"/> after UTC when the list lacks it (a fixed offset such as
    /// <c>Etc/GMT+5</c>, a zone this machine's list leaves out), so a page always shows the zone a person has selected and
    /// saving another setting keeps it (trial s42 #B: a stored <c>EST5EDT</c> showed as UTC and a save moved the person to UTC).
    /// </summary>
    public static IReadOnlyList<OptionGroup> With(string? selected, DateTimeOffset now)
    {
        var groups = At(now);
        if (string.IsNullOrEmpty(selected) || groups.Any(group => group.Options.Any(option => option.Key == selected)))
        {
            return groups;
        }

        return [new OptionGroup(null, [.. groups[0].Options, new(selected, Label(selected, now))]), .. groups.Skip(1)];
    }

    /// <summary>As <see cref="At"/> for the zones <paramref name="ids"/>; two cities of one name in a region also name the part of the id between (<c>Indianapolis, Indiana</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> is null.</exception>
    public static IReadOnlyList<OptionGroup> Of(IEnumerable<string> ids, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var regions = ids
            .Where(id => ZoneWords.Region(id) is not null)
            .GroupBy(Region, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: false))
            .Select(g => new OptionGroup(g.Key, Labelled([.. g], now)));
        return [new OptionGroup(null, [new("UTC", ZoneWords.Label("UTC", now))]), .. regions];
    }

    /// <summary>
    /// The region of a <c>Region/City</c> id in the page's language: its IANA area (tzdata's continents and oceans) by
    /// <see cref="PageStrings"/>, else <see cref="ZoneWords.Region"/>'s English words.
    /// </summary>
    public static string Region(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id[..Math.Max(0, id.IndexOf('/', StringComparison.Ordinal))] switch
        {
            "Africa" => PageStrings.ZoneRegionAfrica,
            "America" => PageStrings.ZoneRegionAmericas,
            "Antarctica" => PageStrings.ZoneRegionAntarctica,
            "Arctic" => PageStrings.ZoneRegionArctic,
            "Asia" => PageStrings.ZoneRegionAsia,
            "Atlantic" => PageStrings.ZoneRegionAtlantic,
            "Australia" => PageStrings.ZoneRegionAustralia,
            "Europe" => PageStrings.ZoneRegionEurope,
            "Indian" => PageStrings.ZoneRegionIndian,
            "Pacific" => PageStrings.ZoneRegionPacific,
            _ => ZoneWords.Region(id) ?? id,
        };
    }

    /// <summary>
    /// Every other IANA name of a listed zone, to the option's value: <c>Asia/Calcutta</c> to <c>Asia/Kolkata</c>,
    /// <c>Europe/Kiev</c> to <c>Europe/Kyiv</c>, <c>US/Eastern</c> to <c>America/New_York</c>, <c>Etc/UTC</c> to
    /// <c>UTC</c> (by <see cref="TimeZoneIds.Canonicalize"/>, the rule the server keeps zones by). Browsers report a
    /// zone by ICU's id, which is often the older name (Chromium says <c>Asia/Calcutta</c> in Kolkata), so the optional
    /// script that preselects the browser's zone looks it up here when no option has that value (served as
    /// <c>/assets/zonealiases.json</c>).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Aliases => AliasMap.Value;

    /// <summary>"Londres (UTC+0)": the zone's city in the page's language and its offset at <paramref name="now"/>.</summary>
    public static string Label(string id, DateTimeOffset now) => $"{City(id)} ({ZoneWords.Offset(id, now)})";

    private static string City(string id) => ZoneWords.Of(id, PageCulture.Language);

    private static IReadOnlyList<KeyValuePair<string, string>> Labelled(IReadOnlyList<string> ids, DateTimeOffset now)
    {
        var cities = ids.GroupBy(City, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return [.. ids
            .Select(id => new KeyValuePair<string, string>(id, cities.Contains(City(id)) ? Disambiguated(id, now) : Label(id, now)))
            .OrderBy(o => o.Value, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))
            .ThenBy(o => o.Key, StringComparer.Ordinal)];
    }

    // Each name NodaTime's copy of the IANA database knows whose canonical zone is an option (or UTC), but is not that option.
    private static FrozenDictionary<string, string> AliasesOf(IReadOnlyList<string> listed)
    {
        var options = listed.Append("UTC").ToHashSet(StringComparer.Ordinal);
        return TzdbDateTimeZoneSource.Default.CanonicalIdMap.Keys
            .Select(name => (Name: name, Zone: TimeZoneIds.Canonicalize(name)))
            .Where(pair => pair.Zone is not null && options.Contains(pair.Zone) && !options.Contains(pair.Name))
            .ToFrozenDictionary(pair => pair.Name, pair => pair.Zone!, StringComparer.Ordinal);
    }

    // "America/Indiana/Indianapolis": "Indianapolis, Indiana (UTC−5)"; a two-part id keeps its plain label.
    private static string Disambiguated(string id, DateTimeOffset now)
    {
        var parts = id.Split('/');
        return parts.Length < 3
            ? Label(id, now)
            : $"{City(id)}, {parts[^2].Replace('_', ' ')} ({ZoneWords.Offset(id, now)})";
    }

    /// <summary>
    /// The list last built per (culture, UI culture) with the offsets it was built at; built again when one of them
    /// differs at the time asked for. The pages share one (<see cref="At"/>); a test keeps its own, so that pages
    /// rendered at the same time by other tests (at another time, in the same language) cannot replace its entries.
    /// </summary>
    public sealed class Cache
    {
        // By (culture, UI culture): what the labels and their order depend on besides the offsets.
        private readonly ConcurrentDictionary<(string, string), (TimeSpan[] Offsets, IReadOnlyList<OptionGroup> Groups)> built = new();

        /// <summary>As <see cref="ZoneChoices.At"/>, kept in this cache.</summary>
        public IReadOnlyList<OptionGroup> At(DateTimeOffset now)
        {
            var offsets = Array.ConvertAll(Zones, z => z.GetUtcOffset(now));
            var key = (CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name);
            if (built.TryGetValue(key, out var last) && last.Offsets.AsSpan().SequenceEqual(offsets))
            {
                return last.Groups;
            }

            var groups = Of(Ids, now);
            built[key] = (offsets, groups);
            return groups;
        }
    }
}
