namespace NewsAlerts.Core.Stories;

/// <summary>
/// One article as the copies index keeps it (<see cref="Ports.IStoryCopies"/>): enough to tell which of two copies of a
/// story came first and to name it in a reason, never a subscriber.
/// </summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Headline">Its headline, plain text.</param>
/// <param name="At">When it was first planned (UTC): the order of copies (<see cref="StoryCopies.Precedes"/>).</param>
/// <param name="Keys">Its same-story keys (<see cref="SameStory.KeysOf"/>).</param>
public sealed record StoryCopy(string ArticleId, string Headline, DateTimeOffset At, IReadOnlyList<string> Keys);
