namespace NewsAlerts.Pages.Fields;

using NewsAlerts.Core.Words;

/// <summary>
/// The time zone select's options: the IANA zones the machine knows (<see cref="TimeZoneInfo.GetSystemTimeZones()"/>,
/// <c>Region/City</c> ids only), labelled as people name them (<see cref="ZoneWords.Label"/>, "Buenos Aires (UTC−3)")
/// and grouped by region (<see cref="ZoneWords.Region"/>), UTC first on its own. Values stay the IANA ids the API takes.
/// </summary>
public static class ZoneChoices
{
    private static readonly IReadOnlyList<string> Ids =
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id)
            .Where(id => id.Contains('/', StringComparison.Ordinal) && !id.StartsWith("Etc/", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)];

    /// <summary>The groups with offsets as they are at <paramref name="now"/>: UTC alone, then the regions A to Z, cities A to Z within each.</summary>
    public static IReadOnlyList<OptionGroup> At(DateTimeOffset now) => Of(Ids, now);

    /// <summary>As <see cref="At"/> for the zones <paramref name="ids"/>; two cities of one name in a region also name the part of the id between (<c>Indianapolis, Indiana</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> is null.</exception>
    public static IReadOnlyList<OptionGroup> Of(IEnumerable<string> ids, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var regions = ids
            .Where(id => ZoneWords.Region(id) is not null)
            .GroupBy(id => ZoneWords.Region(id)!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OptionGroup(g.Key, Labelled([.. g], now)));
        return [new OptionGroup(null, [new("UTC", ZoneWords.Label("UTC", now))]), .. regions];
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Labelled(IReadOnlyList<string> ids, DateTimeOffset now)
    {
        var cities = ids.GroupBy(ZoneWords.Of, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return [.. ids
            .Select(id => new KeyValuePair<string, string>(id, cities.Contains(ZoneWords.Of(id)) ? Disambiguated(id, now) : ZoneWords.Label(id, now)))
            .OrderBy(o => o.Value, StringComparer.OrdinalIgnoreCase)
            .ThenBy(o => o.Key, StringComparer.Ordinal)];
    }

    // "America/Indiana/Indianapolis": "Indianapolis, Indiana (UTC−5)"; a two-part id keeps its plain label.
    private static string Disambiguated(string id, DateTimeOffset now)
    {
        var parts = id.Split('/');
        return parts.Length < 3
            ? ZoneWords.Label(id, now)
            : $"{ZoneWords.Of(id)}, {parts[^2].Replace('_', ' ')} ({ZoneWords.Offset(id, now)})";
    }
}
