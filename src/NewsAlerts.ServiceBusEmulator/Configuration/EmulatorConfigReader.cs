using System.Text.Json;

namespace NewsAlerts.ServiceBusEmulator.Configuration;

/// <summary>Reads and validates the JSON entity configuration.</summary>
public static class EmulatorConfigReader
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Parses configuration JSON; throws <see cref="InvalidDataException"/> naming the faulty field.</summary>
    public static EmulatorConfig Parse(string json)
    {
        EmulatorConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<EmulatorConfig>(json, JsonOptions);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The emulator configuration is not valid JSON: {exception.Message}", exception);
        }

        if (config?.UserConfig?.Namespaces is null)
        {
            throw new InvalidDataException("The emulator configuration needs UserConfig.Namespaces.");
        }

        Validate(config);
        return config;
    }

    /// <summary>Reads and parses a configuration file.</summary>
    public static async Task<EmulatorConfig> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var json = await File.ReadAllTextAsync(path, cancellationToken);
        return Parse(json);
    }

    private static void Validate(EmulatorConfig config)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var queue in config.AllQueues)
        {
            RequireName(queue.Name, "queue");
            if (!names.Add(queue.Name))
            {
                throw new InvalidDataException($"Entity name '{queue.Name}' is used twice.");
            }

            _ = EntitySettings.From(queue.Properties, queue.Name);
        }

        foreach (var topic in config.AllTopics)
        {
            RequireName(topic.Name, "topic");
            if (!names.Add(topic.Name))
            {
                throw new InvalidDataException($"Entity name '{topic.Name}' is used twice.");
            }

            foreach (var subscription in topic.Subscriptions ?? [])
            {
                RequireName(subscription.Name, $"subscription of topic '{topic.Name}'");
                _ = EntitySettings.From(subscription.Properties, $"{topic.Name}/{subscription.Name}");
                foreach (var rule in subscription.Rules ?? [])
                {
                    _ = Filters.RuleFilterFactory.Create(rule, $"{topic.Name}/{subscription.Name}");
                }
            }
        }
    }

    private static void RequireName(string? name, string what)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidDataException($"A {what} has no Name.");
        }
    }
}
