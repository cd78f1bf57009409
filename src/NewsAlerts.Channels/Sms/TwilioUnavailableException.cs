namespace NewsAlerts.Channels.Sms;

/// <summary>Twilio answered 429 or 5xx; <see cref="RetryAfter"/> is its <c>Retry-After</c>, when it sent one.</summary>
public sealed class TwilioUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TwilioUnavailableException(int statusCode, TimeSpan? retryAfter)
        : base($"Twilio answered HTTP {statusCode}.")
    {
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    /// <summary>Creates the exception without details.</summary>
    public TwilioUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public TwilioUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public TwilioUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>How long Twilio asked us to wait.</summary>
    public TimeSpan? RetryAfter { get; }
}
