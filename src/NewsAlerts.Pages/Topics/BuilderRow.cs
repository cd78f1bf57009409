namespace NewsAlerts.Pages.Topics;

using NewsAlerts.Matching.Composition;

/// <summary>One row of the topic builder as posted.</summary>
/// <param name="Index">The row's number in its field names (<c>topic-{Index}-all</c>), 0 to <see cref="TopicBuilderFields.MaxRows"/> - 1.</param>
/// <param name="Recipe">What the row asks for.</param>
/// <param name="Composed">The topic written from it (empty for a blank row).</param>
public sealed record BuilderRow(int Index, TopicRecipe Recipe, ComposedTopic Composed);
