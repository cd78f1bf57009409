namespace NewsAlerts.Core.Editor;

using System.Text.Json.Serialization;

/// <summary>What an editor (or the CMS) did to a story, as the audit records it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EditorAction>))]
public enum EditorAction
{
    /// <summary>Published a new story.</summary>
    Published,

    /// <summary>Published a more urgent version (flagged as breaking news).</summary>
    Upgraded,

    /// <summary>Published a newer version that alerts nobody.</summary>
    Updated,

    /// <summary>Withdrew the story (follow-ups to its earlier recipients).</summary>
    Retracted,

    /// <summary>Published a major correction (follow-ups to its earlier recipients).</summary>
    Corrected,
}
