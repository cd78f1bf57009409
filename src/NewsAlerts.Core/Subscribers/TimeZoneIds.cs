namespace NewsAlerts.Core.Subscribers;

using System.Collections.Frozen;
using NodaTime.TimeZones;

/// <summary>
/// The one time zone rule of the API, the sign-up and the pages (trial s42 #B: <c>EST5EDT</c> was stored as given, the
/// manage page's list lacked it and showed UTC, and saving another setting moved the person to UTC): a zone is kept by
/// its canonical IANA id, so every page lists the zone a person has. Aliases become the zone they name by the IANA
/// database's links, as NodaTime's copy of it (<see cref="TzdbDateTimeZoneSource.CanonicalIdMap"/>) holds them
/// (<c>US/Eastern</c> and <c>EST5EDT</c>: <c>America/New_York</c>; <c>Asia/Calcutta</c>: <c>Asia/Kolkata</c>;
/// <c>Europe/Kiev</c>: <c>Europe/Kyiv</c>; a legacy POSIX-style zone NodaTime still keeps, such as <c>EST5EDT</c>, by
/// CLDR's Windows mapping through ICU, <see cref="TimeZoneInfo.TryConvertWindowsIdToIanaId(string, out string)"/>); every name of UTC itself (<c>GMT</c>, <c>Etc/UTC</c>, <c>Zulu</c>...) is
/// <c>UTC</c>, the pages' first choice; a fixed offset such as <c>Etc/GMT+5</c> stays itself. Case is not part of a
/// name (<c>europe/london</c> is <c>Europe/London</c>). A zone must also be one this machine's clock knows
/// (<see cref="TimeZoneInfo.TryFindSystemTimeZoneById"/> with an IANA id), since delivery reads it there; when the
/// machine lacks the canonical id, the id the machine knows is kept.
/// </summary>
public static class TimeZoneIds
{
    // Every id NodaTime knows, without case, to the canonical one.
    private static readonly FrozenDictionary<string, string> Canonical =
        TzdbDateTimeZoneSource.Default.CanonicalIdMap.ToFrozenDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The canonical id of <paramref name="id"/> (see the type), e.g. <c>America/New_York</c> for <c>US/Eastern</c> and
    /// <c>UTC</c> for <c>GMT</c>; null when it names no IANA time zone this machine knows (a Windows name such as
    /// <c>Eastern Standard Time</c>, a typo, an empty id).
    /// </summary>
    public static string? Canonicalize(string? id)
    {
        var given = id?.Trim();
        if (string.IsNullOrEmpty(given))
        {
            return null;
        }

        var canonical = Legacy(Canonical.GetValueOrDefault(given));
        if (canonical is "Etc/UTC" or "Etc/GMT")
        {
            return "UTC";
        }

        return canonical is not null && IsKnown(canonical) ? canonical : IsKnown(given) ? given : null;
    }

    /// <summary>
    /// The zone to show and keep for a stored id (one saved before ids were canonical, or one the machine no longer
    /// knows): <see cref="Canonicalize"/>'s id, else <paramref name="stored"/> as it is, so showing it never changes it.
    /// </summary>
    public static string Shown(string stored) => Canonicalize(stored) ?? stored;

    // A POSIX-style legacy zone (EST5EDT, PST8PDT: no region, not UTC), which NodaTime's data may still keep as a zone
    // while tzdata 2024b made it a link, as the zone CLDR's Windows mapping (ICU) names for its region: America/New_York.
    private static string? Legacy(string? canonical) =>
        canonical is not null && !canonical.Contains('/', StringComparison.Ordinal) && canonical is not ("UTC" or "GMT")
            && TimeZoneInfo.TryConvertIanaIdToWindowsId(canonical, out var windows)
            && TimeZoneInfo.TryConvertWindowsIdToIanaId(windows, out var zone) && zone.Contains('/', StringComparison.Ordinal) && !zone.StartsWith("Etc/", StringComparison.Ordinal)
            ? zone
            : canonical;

    private static bool IsKnown(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;
}
