namespace NewsAlerts.Channels.Sms;

/// <summary>The size of an SMS body.</summary>
/// <param name="Encoding">GSM-7 when every character is in the GSM alphabet, else UCS-2.</param>
/// <param name="Units">Septets (GSM-7, extension characters count 2) or UTF-16 code units (UCS-2).</param>
/// <param name="Segments">How many segments the carrier bills.</param>
public sealed record SmsMeasure(SmsEncoding Encoding, int Units, int Segments)
{
    /// <summary>The payload bits (7 per septet, 16 per code unit), without the concatenation headers.</summary>
    public int MessageSizeBits => Encoding == SmsEncoding.Gsm7 ? Units * 7 : Units * 16;

    /// <summary>The bits on the air, including a 48-bit user data header per segment when the message is split.</summary>
    public int TotalSizeBits => Segments > 1 ? MessageSizeBits + (48 * Segments) : MessageSizeBits;
}
