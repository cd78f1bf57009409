namespace NewsAlerts.Core.Policy;

using System.Text.Json;
using NewsAlerts.Core.Validation;

/// <summary>
/// A PATCH of delivery preferences as the subscriber sent it (already checked for shape), to merge onto their
/// current preferences once those and their topic ids are known.
/// </summary>
/// <param name="Json">The <c>preferences</c> value of the request (a detached clone).</param>
public sealed record PreferencesChange(JsonElement Json)
{
    /// <summary>The merged preferences, or the fields that do not fit (e.g. <c>preferences.topics.t9</c> they do not have).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Validated<DeliveryPreferences> ApplyTo(DeliveryPreferences current, IReadOnlyCollection<string> topicIds)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(topicIds);
        return DeliveryPreferencesParser.Parse(Json, current, topicIds);
    }
}
