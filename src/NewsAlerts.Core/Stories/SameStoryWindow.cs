namespace NewsAlerts.Core.Stories;

/// <summary>
/// How long a copy of a story counts as the one already received (<see cref="StoryCopies"/>, digests'
/// <see cref="History.AlreadyReceived"/>): a copy received longer ago no longer holds another back. Zero turns the rule
/// off. Set by <c>Alerts__SameStoryWindowHours</c> (<see cref="Configuration.AlertsOptions.SameStoryWindowHours"/>).
/// </summary>
/// <param name="Length">The window, zero or more.</param>
public sealed record SameStoryWindow(TimeSpan Length)
{
    /// <summary>
    /// The default, 24 hours: wire copies of a story reach other newsrooms' sites and feeds within the news day (and
    /// a daily digest covers one day), while a story a day old that comes back is most often a new development under an
    /// old headline, which a reader should get.
    /// </summary>
    public static readonly SameStoryWindow Default = new(TimeSpan.FromHours(24));

    /// <summary>Whether the rule is on (a window longer than zero).</summary>
    public bool IsOn => Length > TimeSpan.Zero;

    /// <summary>The oldest instant still inside the window at <paramref name="now"/>.</summary>
    public DateTimeOffset Since(DateTimeOffset now) => now - Length;
}
