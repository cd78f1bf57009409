namespace NewsAlerts.Core.History;

/// <summary>Where a story a subscriber received stands now, by its latest stored version.</summary>
public enum StoryStanding
{
    /// <summary>Neither withdrawn nor corrected (or no longer stored).</summary>
    Stands,

    /// <summary>Its latest version withdraws it.</summary>
    Withdrawn,

    /// <summary>Its latest version corrects it in a major way.</summary>
    Corrected,
}
