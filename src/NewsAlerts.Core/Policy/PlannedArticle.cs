namespace NewsAlerts.Core.Policy;

/// <summary>One article's plan to carry out (<see cref="PlanDelivery.CarryOutAsync(IReadOnlyList{PlannedArticle}, CancellationToken)"/>).</summary>
/// <param name="ArticleId">The story's id.</param>
/// <param name="Plan">What to queue, schedule, digest and hold.</param>
/// <param name="StoryStored">Whether any version of the story was stored when the plan was made.</param>
public sealed record PlannedArticle(string ArticleId, PolicyPlan Plan, bool StoryStored);
