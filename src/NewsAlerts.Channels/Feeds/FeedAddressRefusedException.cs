namespace NewsAlerts.Channels.Feeds;

/// <summary>A feed connection was refused because its host resolves to an address <see cref="Core.Feeds.AddressPolicy"/> refuses.</summary>
public sealed class FeedAddressRefusedException : IOException
{
    /// <summary>Creates the exception.</summary>
    public FeedAddressRefusedException()
    {
    }

    /// <summary>Creates the exception with a message naming the host and the reason.</summary>
    public FeedAddressRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public FeedAddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
