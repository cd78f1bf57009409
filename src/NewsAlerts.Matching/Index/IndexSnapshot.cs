using System.Text;
using NewsAlerts.Matching.Analysis;
using NewsAlerts.Matching.Query;

namespace NewsAlerts.Matching.Index;

/// <summary>
/// Saves a <see cref="PercolatorIndex"/> to a stream and loads it back, for a fast cold start. The snapshot holds
/// each distinct normalised topic once with its subscriptions; loading compiles each distinct topic once and builds
/// the presearch postings in one pass.
/// </summary>
public static class IndexSnapshot
{
    private const int Magic = 0x5849414E; // "NAIX"
    private const int Version = 2;

    /// <summary>Writes the index's current state. Matching may continue meanwhile; the snapshot is consistent.</summary>
    public static void Save(PercolatorIndex index, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(stream);
        var entries = index.CurrentEntries();
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(index.Analysis.JoinCompounds);
        writer.Write(index.Analysis.Expand);
        writer.Write(entries.Count);
        writer.Write(entries.Sum(e => e.Subscribers.Length));
        foreach (var entry in entries)
        {
            writer.Write(entry.Topic.NormalizedText);
            writer.Write(entry.Topic.Exact);
            var topics = entry.Subscribers.Select(s => s.Topic).Distinct(StringComparer.Ordinal).ToList();
            writer.Write(topics.Count);
            foreach (var topic in topics)
            {
                writer.Write(topic);
            }

            writer.Write(entry.Subscribers.Length);
            foreach (var subscriber in entry.Subscribers)
            {
                writer.Write(subscriber.Id);
                writer.Write(subscriber.SubscriberId);
                writer.Write(topics.Count == 1 ? 0 : topics.IndexOf(subscriber.Topic));
            }
        }
    }

    /// <summary>Reads a snapshot written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a snapshot of this version.</exception>
    public static PercolatorIndex Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a NewsAlerts index snapshot of version " + Version);
        }

        var index = new PercolatorIndex(new AnalysisOptions(reader.ReadBoolean(), reader.ReadBoolean()));
        var count = reader.ReadInt32();
        var subscriptionCount = reader.ReadInt32();
        var loaded = new List<(TopicParseResult Parsed, bool Exact, Subscription[] Subscribers)>(count);
        for (var i = 0; i < count; i++)
        {
            var normalized = reader.ReadString();
            var exact = reader.ReadBoolean();
            var topics = new string[reader.ReadInt32()];
            for (var t = 0; t < topics.Length; t++)
            {
                topics[t] = reader.ReadString();
            }

            var subscribers = new Subscription[reader.ReadInt32()];
            for (var s = 0; s < subscribers.Length; s++)
            {
                subscribers[s] = new Subscription(reader.ReadString(), reader.ReadString(), topics[reader.ReadInt32()], exact);
            }

            var parsed = TopicQuery.Parse(normalized);
            if (!parsed.Success || parsed.NormalizedText != normalized)
            {
                parsed = TopicQuery.Parse(topics[0]);
            }

            loaded.Add((parsed, exact, subscribers));
        }

        index.LoadEntries(loaded, subscriptionCount);
        return index;
    }
}
