namespace NewsAlerts.Matching.Composition;

/// <summary>The field of a <see cref="TopicRecipe"/> a piece of a composed topic came from.</summary>
public enum RecipePart
{
    /// <summary><see cref="TopicRecipe.AllWords"/>.</summary>
    AllWords,

    /// <summary><see cref="TopicRecipe.Phrase"/>.</summary>
    Phrase,

    /// <summary><see cref="TopicRecipe.AnyWords"/>.</summary>
    AnyWords,

    /// <summary><see cref="TopicRecipe.NoneWords"/>.</summary>
    NoneWords,

    /// <summary><see cref="TopicRecipe.Subject"/>.</summary>
    Subject,
}
