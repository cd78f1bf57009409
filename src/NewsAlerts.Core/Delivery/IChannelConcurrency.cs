namespace NewsAlerts.Core.Delivery;

/// <summary>The settings each channel reads its concurrency from (the Dispatcher's options).</summary>
public interface IChannelConcurrency
{
    /// <summary>Email batches handled at once by one replica.</summary>
    int EmailConcurrency { get; }

    /// <summary>SMS batches handled at once by one replica.</summary>
    int SmsConcurrency { get; }
}
