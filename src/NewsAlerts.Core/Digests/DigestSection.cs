namespace NewsAlerts.Core.Digests;

/// <summary>The stories of one topic in a digest email, newest first.</summary>
/// <param name="Topic">The topic as the subscriber wrote it (or <see cref="DigestComposer.OtherTopic"/>).</param>
/// <param name="Items">The stories.</param>
public sealed record DigestSection(string Topic, IReadOnlyList<DigestItem> Items);
