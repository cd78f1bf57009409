namespace NewsAlerts.Core.Editor;

using System.Text.Json.Serialization;

/// <summary>Why a story's messages were sent, as its delivery status counts them apart.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MessageKind>))]
public enum MessageKind
{
    /// <summary>The story's alert: on its first publication, and to those an upgrade to breaking news reached (one alert per story and recipient).</summary>
    Alert,

    /// <summary>The follow-up of a withdrawal to everyone sent the story.</summary>
    WithdrawalFollowUp,

    /// <summary>The follow-up of a major correction to everyone sent the story.</summary>
    CorrectionFollowUp,
}
