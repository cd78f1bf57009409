namespace NewsAlerts.Core.Policy;

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>
/// Stores and shows <see cref="DeliveryPreferences"/> in the API's shape (see <see cref="DeliveryPreferencesParser"/>),
/// so the JSON a subscriber sends, the JSON GET shows and the JSON in Table and Blob storage are the same.
/// </summary>
public sealed class DeliveryPreferencesConverter : JsonConverter<DeliveryPreferences>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The stored preferences are not valid.</exception>
    public override DeliveryPreferences Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var parsed = DeliveryPreferencesParser.Parse(document.RootElement, DeliveryPreferences.Default, topicIds: null);
        return parsed.Value ?? throw new JsonException($"Invalid delivery preferences: {string.Join("; ", parsed.Errors.Select(e => $"{e.Field}: {e.Reason}"))}");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DeliveryPreferences value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName("email");
        WriteSchedule(writer, value.Email);
        if (value.QuietHours is { } quiet)
        {
            writer.WriteStartObject("quietHours");
            writer.WriteString("start", Time(quiet.Start));
            writer.WriteString("end", Time(quiet.End));
            writer.WriteBoolean("flashThrough", quiet.FlashThrough);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("quietHours");
        }

        writer.WriteStartObject("caps");
        WriteCap(writer, "email", value.Caps.Email);
        WriteCap(writer, "sms", value.Caps.Sms);
        writer.WriteEndObject();
        writer.WriteStartObject("channels");
        writer.WriteBoolean("email", value.Channels.Email);
        writer.WriteBoolean("sms", value.Channels.Sms);
        writer.WriteEndObject();
        writer.WriteStartObject("topics");
        foreach (var (id, topic) in value.Topics.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            writer.WriteStartObject(id);
            if (topic.Email is { } email)
            {
                writer.WritePropertyName("email");
                WriteSchedule(writer, email);
            }

            if (topic.SmsMaxUrgency is { } threshold)
            {
                writer.WriteNumber("smsMaxUrgency", threshold);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteSchedule(Utf8JsonWriter writer, EmailSchedule schedule)
    {
        writer.WriteStartObject();
        writer.WriteString("frequency", schedule.Frequency.ToString().ToLowerInvariant());
        writer.WriteString("at", Time(schedule.At));
        writer.WriteString("weekday", schedule.Weekday.ToString().ToLowerInvariant());
        writer.WriteEndObject();
    }

    private static void WriteCap(Utf8JsonWriter writer, string name, int? cap)
    {
        if (cap is { } value)
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
