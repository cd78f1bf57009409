using System.Text;
using NewsAlerts.Matching.Analysis;

namespace NewsAlerts.Matching.Index;

/// <summary>
/// Saves a <see cref="PercolatorIndex"/> to a stream and loads it back, for a fast cold start. The snapshot holds the
/// term dictionary and each distinct topic once, compiled (clause tree and presearch keys), with its subscriptions;
/// loading reads them back without parsing, analysing or expanding, and builds the postings in one pass. The key
/// statistics gathered from matched articles travel with it, so what <see cref="PercolatorIndex.Optimize"/> learnt
/// survives a cold start and keeps accumulating.
/// </summary>
public static class IndexSnapshot
{
    private const int Magic = 0x5849414E; // "NAIX"
    private const int Version = 8; // 8: Greek final sigma folds to σ; 7: topics matched in other languages carry the country names of those languages

    /// <summary>Writes the index's current state. Matching and writes may continue meanwhile; the snapshot is consistent.</summary>
    public static void Save(PercolatorIndex index, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(stream);

        // Entries first: every term id they use is already in the dictionary listed after.
        var entries = index.CurrentEntries();
        var terms = index.Terms.Snapshot();
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(index.Analysis.JoinCompounds);
        writer.Write(index.Analysis.Expand);
        writer.Write(terms.Count);
        foreach (var term in terms)
        {
            writer.Write(term);
        }

        writer.Write(entries.Count);
        writer.Write(entries.Sum(e => e.Subscribers.Length));
        foreach (var entry in entries)
        {
            WriteEntry(writer, entry);
        }

        // Keys of terms added after the dictionary was listed are left out: the snapshot does not know them.
        var counts = index.Statistics.NonZeroCounts().Where(c => c.Key < terms.Count).ToList();
        writer.Write(index.Statistics.SampledArticles);
        writer.Write(counts.Count);
        foreach (var (key, count) in counts)
        {
            writer.Write(key);
            writer.Write(count);
        }
    }

    /// <summary>Reads a snapshot written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a snapshot of this version, or is damaged.</exception>
    public static PercolatorIndex Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
            {
                throw new InvalidDataException("Not a NewsAlerts index snapshot of version " + Version);
            }

            var index = new PercolatorIndex(new AnalysisOptions(reader.ReadBoolean(), reader.ReadBoolean()));
            var termCount = reader.ReadInt32();
            for (var i = 0; i < termCount; i++)
            {
                if (index.Terms.GetOrAdd(reader.ReadString()) != i)
                {
                    throw new InvalidDataException("duplicate term in snapshot");
                }
            }

            var entries = new QueryEntry[SnapshotLengths.Read(reader, "topic count")];
            var subscriptionCount = SnapshotLengths.Read(reader, "subscription count");
            var strings = new StringPool();
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = ReadEntry(reader, strings);
            }

            index.LoadEntries(entries, subscriptionCount);
            var sampled = SnapshotLengths.NonNegative(reader.ReadInt32(), "sampled article count");
            var counts = new (int Key, int Count)[SnapshotLengths.Read(reader, "statistics length")];
            for (var i = 0; i < counts.Length; i++)
            {
                var key = reader.ReadInt32();
                counts[i] = ((uint)key < (uint)termCount ? key : throw new InvalidDataException("statistics for an unknown key"), SnapshotLengths.NonNegative(reader.ReadInt32(), "key count"));
            }

            index.RestoreStatistics(sampled, counts);
            return index;
        }
        catch (Exception exception) when (exception is IndexOutOfRangeException or ArgumentException or FormatException or OverflowException)
        {
            // Damaged content that got past the checks above: one kind of failure for the caller.
            throw new InvalidDataException("The index snapshot is damaged.", exception);
        }
        catch (EndOfStreamException exception)
        {
            throw new InvalidDataException("The index snapshot is truncated.", exception);
        }
    }

    private static void WriteEntry(BinaryWriter writer, QueryEntry entry)
    {
        var topic = entry.Topic;
        writer.Write(topic.Key);
        writer.Write(topic.NormalizedText);
        writer.Write(topic.Exact);
        ClauseCodec.Write(writer, topic.Root);
        writer.Write(topic.Languages.Length);
        foreach (var language in topic.Languages)
        {
            writer.Write(language);
        }

        foreach (var other in topic.OtherRoots ?? [])
        {
            ClauseCodec.Write(writer, other);
        }

        writer.Write(topic.Keys?.Count ?? -1);
        foreach (var key in topic.Keys ?? [])
        {
            writer.Write(key);
        }

        // Subscriptions usually share their topic's text; store each distinct text once.
        var texts = entry.Subscribers.Select(s => s.Topic).Distinct(StringComparer.Ordinal).ToList();
        writer.Write(texts.Count);
        texts.ForEach(writer.Write);
        writer.Write(entry.Subscribers.Length);
        foreach (var subscriber in entry.Subscribers)
        {
            writer.Write(subscriber.Id);
            writer.Write(subscriber.SubscriberId);
            writer.Write(texts.Count == 1 ? 0 : texts.IndexOf(subscriber.Topic));
        }
    }

    private static QueryEntry ReadEntry(BinaryReader reader, StringPool strings)
    {
        var key = reader.ReadString();
        var normalized = reader.ReadString();
        var exact = reader.ReadBoolean();
        var root = ClauseCodec.Read(reader, strings);
        var languages = new string[SnapshotLengths.Read(reader, "language count")];
        for (var l = 0; l < languages.Length; l++)
        {
            languages[l] = Languages.LanguageProfiles.For(reader.ReadString()).Code;
        }

        if (languages.Length == 0)
        {
            throw new InvalidDataException("A topic in the index snapshot has no language.");
        }

        var otherRoots = new Clause[languages.Length - 1];
        for (var r = 0; r < otherRoots.Length; r++)
        {
            otherRoots[r] = ClauseCodec.Read(reader, strings);
        }

        var english = languages is [Languages.LanguageTag.Default];
        string? language = languages[0] == Languages.LanguageTag.Default ? null : languages[0];
        IReadOnlyList<string>? alsoIn = languages.Length > 1 ? languages[1..] : null;
        var keyCount = reader.ReadInt32() is var count && count < 0 ? count : SnapshotLengths.Check(reader, count, "key count");
        int[]? keys = null;
        if (keyCount >= 0)
        {
            keys = new int[keyCount];
            for (var k = 0; k < keyCount; k++)
            {
                keys[k] = reader.ReadInt32();
            }
        }

        var texts = new string[SnapshotLengths.Read(reader, "text count")];
        for (var t = 0; t < texts.Length; t++)
        {
            texts[t] = reader.ReadString();
        }

        var subscribers = new TopicSubscription[SnapshotLengths.Read(reader, "subscription count")];
        for (var s = 0; s < subscribers.Length; s++)
        {
            subscribers[s] = new TopicSubscription(reader.ReadString(), reader.ReadString(), texts[reader.ReadInt32()], exact, language, alsoIn);
        }

        var topic = new CompiledTopic(key, normalized, exact, root, keys)
        {
            Languages = english ? CompiledTopic.DefaultLanguages : languages,
            OtherRoots = otherRoots.Length == 0 ? null : otherRoots,
        };
        return new QueryEntry(topic, subscribers);
    }
}
