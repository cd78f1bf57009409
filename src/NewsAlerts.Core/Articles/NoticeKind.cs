namespace NewsAlerts.Core.Articles;

using System.Text.Json.Serialization;

/// <summary>What an editor said about a version after the story went out.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NoticeKind>))]
public enum NoticeKind
{
    /// <summary>The story is withdrawn (ninjs <c>pubstatus: "canceled"</c>): readers should disregard it.</summary>
    Withdrawn,

    /// <summary>The story was corrected in a way readers must hear about (<c>correction.kind: "major"</c>).</summary>
    Corrected,
}
