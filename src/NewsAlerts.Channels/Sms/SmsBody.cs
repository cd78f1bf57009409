namespace NewsAlerts.Channels.Sms;

/// <summary>The text of one SMS alert and what it costs.</summary>
/// <param name="Text">The body as sent.</param>
/// <param name="Measure">Its encoding and segment count.</param>
public sealed record SmsBody(string Text, SmsMeasure Measure);
