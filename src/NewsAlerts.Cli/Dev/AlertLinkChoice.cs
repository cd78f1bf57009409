namespace NewsAlerts.Cli.Dev;

/// <summary>What <see cref="AlertLinkHost.Choose"/> decided.</summary>
/// <param name="PublicBaseUrl">The host the links in this run's alerts point at (<c>Alerts:PublicBaseUrl</c>).</param>
/// <param name="Line">The one line a run prints about it; null when the links are its own and nothing else runs.</param>
public sealed record AlertLinkChoice(Uri PublicBaseUrl, string? Line);
