using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator.Configuration;
using NewsAlerts.ServiceBusEmulator.Filters;
using NewsAlerts.ServiceBusEmulator.Persistence;

namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>
/// Every entity by its address. Addresses are case-insensitive like Azure's: <c>queue</c>,
/// <c>queue/$DeadLetterQueue</c>, <c>topic/Subscriptions/sub</c> and <c>topic/Subscriptions/sub/$DeadLetterQueue</c>.
/// </summary>
internal sealed class EntityRegistry : IDisposable
{
    private const string DeadLetterSuffix = "/$deadletterqueue";
    private readonly Dictionary<string, IMessageSink> sinks = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, MessageQueue> sources = new(StringComparer.OrdinalIgnoreCase);

    private readonly JournalDirectory? data;

    /// <summary>The entities of <paramref name="config"/>; with a <paramref name="dataDirectory"/>, restored from and journaled to it (through <paramref name="journalFiles"/>, the real file system when null).</summary>
    /// <exception cref="IOException">The data directory is in use by another emulator or cannot be read or written.</exception>
    public EntityRegistry(EmulatorConfig config, TimeProvider time, ILogger logger, string? dataDirectory = null, IJournalFiles? journalFiles = null)
    {
        foreach (var queueConfig in config.AllQueues)
        {
            var queue = new MessageQueue(queueConfig.Name, EntitySettings.From(queueConfig.Properties, queueConfig.Name), time, logger);
            sinks[queue.Path] = queue;
            AddSource(queue);
        }

        foreach (var topicConfig in config.AllTopics)
        {
            var topicSettings = EntitySettings.From(topicConfig.Properties, topicConfig.Name);
            var subscriptions = new List<Subscription>();
            foreach (var subscriptionConfig in topicConfig.Subscriptions ?? [])
            {
                var path = $"{topicConfig.Name}/Subscriptions/{subscriptionConfig.Name}";
                var settings = EntitySettings.From(subscriptionConfig.Properties, path);
                var rules = (subscriptionConfig.Rules ?? []).Select(rule => RuleFilterFactory.Create(rule, path)).ToList();
                var subscription = new Subscription(subscriptionConfig.Name, new MessageQueue(path, settings, time, logger), rules);
                subscriptions.Add(subscription);
                AddSource(subscription.Queue);
            }

            var duplicates = topicSettings.RequiresDuplicateDetection ? new DuplicateDetector(topicSettings.DuplicateDetectionHistoryTimeWindow) : null;
            sinks[topicConfig.Name] = new Topic(topicConfig.Name, subscriptions, duplicates, time);
        }

        if (dataDirectory is not null)
        {
            data = JournalDirectory.Open(dataDirectory, logger, journalFiles);
            try
            {
                foreach (var queue in sources.Values.Where(q => q.DeadLetterQueue is not null))
                {
                    data.Attach(queue);
                }

                foreach (var topic in sinks.Values.OfType<Topic>().Where(t => t.DetectsDuplicates))
                {
                    data.Attach(topic);
                }
            }
            catch
            {
                Dispose();
                throw;
            }
        }
    }

    /// <summary>The journals' writer, when there is a data directory: senders are answered once it has written their messages.</summary>
    public JournalWriter? Journal => data?.Writer;

    public IMessageSink? FindSink(string address) => sinks.GetValueOrDefault(Normalize(address));

    public MessageQueue? FindSource(string address) => sources.GetValueOrDefault(Normalize(address));

    /// <summary>Whether the address names any entity (used to tell "not found" from "wrong kind of link").</summary>
    public bool Exists(string address) => FindSink(address) is not null || FindSource(address) is not null;

    public void Dispose()
    {
        foreach (var source in sources.Values)
        {
            source.Dispose();
        }

        // After the entities stop changing: the last records are written, then the directory is released.
        data?.Dispose();
    }

    /// <summary>Strips a leading slash and any scheme and host, so <c>/q</c>, <c>q</c> and <c>amqp://host/q</c> agree.</summary>
    public static string Normalize(string address)
    {
        var path = address;
        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var slash = path.IndexOf('/', scheme + 3);
            path = slash < 0 ? string.Empty : path[slash..];
        }

        return path.Trim('/');
    }

    private void AddSource(MessageQueue queue)
    {
        sources[queue.Path] = queue;
        if (queue.DeadLetterQueue is { } deadLetterQueue)
        {
            sources[queue.Path + DeadLetterSuffix] = deadLetterQueue;
        }
    }
}
