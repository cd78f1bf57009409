namespace NewsAlerts.Core.FollowUps;

using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;

/// <summary>What a withdrawal or major correction does: the follow-up batches, who they reach, and the digest entries dropped.</summary>
/// <param name="Batches">Follow-up batches (one channel each, at most <see cref="AlertPlanner.DefaultBatchSize"/> recipients).</param>
/// <param name="Recipients">Every follow-up, one per subscriber and channel.</param>
/// <param name="DroppedEntries">Pending digest entries of a withdrawn story, to remove before their digest goes.</param>
public sealed record FollowUpPlan(IReadOnlyList<DeliveryBatch> Batches, IReadOnlyList<RetractionRecipient> Recipients, IReadOnlyList<DigestEntry> DroppedEntries)
{
    /// <summary>Follow-ups on a channel.</summary>
    public int Count(Delivery.Channel channel) => Recipients.Count(r => r.Channel == channel);

    /// <summary>The follow-up texts by the country of their numbers (for the editor's cost estimate), most first.</summary>
    public IReadOnlyList<SmsCountryCount> SmsByCountry { get; init; } = [];

    /// <summary>
    /// People who received the story but get no follow-up, having since stopped alerts on every channel that carried it
    /// (<see cref="MissedFollowUps.Count"/>); 0 on the second look after the version was stored.
    /// </summary>
    public int Missed { get; init; }

    /// <summary>The follow-up emails by their readers' language (<see cref="EmailLanguages"/>), English first.</summary>
    public IReadOnlyList<EmailLanguageCount> EmailsByLanguage { get; init; } = [];
}
