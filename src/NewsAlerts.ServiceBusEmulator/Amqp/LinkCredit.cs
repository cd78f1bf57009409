using System.Reflection;
using Amqp;
using Amqp.Framing;
using Amqp.Listener;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>
/// Gives back the link credit AMQPNetLite takes away when a receiver repeats a flow that changes nothing.
/// </summary>
/// <remarks>
/// <para>
/// A flow sets the sender's credit from the receiver's delivery limit, <c>delivery-count + link-credit</c> (AMQP 1.0,
/// section 2.6.7): a flow whose limit equals the one already known changes nothing. AMQPNetLite (2.5.x,
/// <c>ListenerLink.OnFlow</c>) instead clears the credit for any flow that does not raise the limit, equal included, and
/// hands the endpoint a delta of 0. The .NET Service Bus client does send such flows: its flow sender coalesces
/// requests from concurrent settlements and can send the same limit twice, and it repeats the limit when it sets its
/// prefetch or asks to drain. Cleared in the middle of a stream, the credit is gone while the client still counts on
/// it: it sends its next flow only after about a hundred more settlements, which never come when fewer messages than
/// that are on their way, so the queue holds available messages that no one is given (the journaled Processor
/// benchmark stalled with 1,432 of them, no locks, one receiver attached, 1 run in 3).
/// </para>
/// <para>
/// The receiver endpoint therefore keeps the limit of the last flow and, after a flow with a delta of 0, restores it in
/// the library (the credit the library cleared comes back; what was sent since is still counted) and keeps its own
/// credit as it was; after a flow that lowers the limit both credits go down by that much only, not to 0. The library's
/// private members are looked up once; <see cref="Available"/> is false if a library update renamed them, and then the
/// library's behaviour stands.
/// </para>
/// </remarks>
internal static class LinkCredit
{
    private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;
    private static readonly FieldInfo? Credit = typeof(ListenerLink).GetField("credit", Private);
    private static readonly FieldInfo? DeliveryCount = typeof(ListenerLink).GetField("deliveryCount", Private);
    private static readonly PropertyInfo? ThisLock = typeof(Link).GetProperty("ThisLock", Private);
    private static readonly FieldInfo? SequenceValue = typeof(Session).Assembly.GetType("Amqp.SequenceNumber")?.GetField("sequenceNumber", Private);
    private static readonly MethodInfo? OnFlow = typeof(ListenerLink).GetMethod("OnFlow", Private, [typeof(Flow)]);

    /// <summary>Whether the library still has the members this repair reads and writes.</summary>
    public static bool Available => Credit is not null && DeliveryCount is not null && ThisLock is not null && SequenceValue is not null && OnFlow is not null;

    /// <summary>
    /// The link's delivery limit as the library holds it: its delivery-count plus its credit, modulo 2^32. Sending a
    /// message raises the count and lowers the credit, so the limit changes only when a flow is processed.
    /// </summary>
    public static uint LimitOf(ListenerLink link)
    {
        lock (ThisLock!.GetValue(link)!)
        {
            return LimitLocked(link);
        }
    }

    /// <summary>
    /// Raises the library's credit so that its delivery limit is <paramref name="limit"/> again; a limit at or below the
    /// library's is left alone.
    /// </summary>
    /// <returns>The credit added (0 when none was).</returns>
    public static uint Restore(ListenerLink link, uint limit)
    {
        lock (ThisLock!.GetValue(link)!)
        {
            var missing = unchecked((int)(limit - LimitLocked(link)));
            if (missing <= 0)
            {
                return 0;
            }

            Credit!.SetValue(link, unchecked((uint)Credit.GetValue(link)! + (uint)missing));
            return (uint)missing;
        }
    }

    /// <summary>
    /// Test seam: makes the library process a flow from the peer that moves the link's current delivery limit by
    /// <paramref name="change"/> messages (0 repeats it, as the .NET client's coalesced flows do), through the library's
    /// own flow handling and so the endpoint's.
    /// </summary>
    internal static void ProcessFlowMovingLimit(ListenerLink link, int change)
    {
        uint count;
        uint credit;
        lock (ThisLock!.GetValue(link)!)
        {
            count = CountLocked(link);
            credit = (uint)Credit!.GetValue(link)!;
        }

        _ = OnFlow!.Invoke(link, [new Flow { Handle = link.Handle, DeliveryCount = count, LinkCredit = unchecked(credit + (uint)change) }]);
    }

    private static uint LimitLocked(ListenerLink link) => unchecked(CountLocked(link) + (uint)Credit!.GetValue(link)!);

    // The library's delivery-count, a SequenceNumber struct around an int.
    private static uint CountLocked(ListenerLink link) => unchecked((uint)(int)SequenceValue!.GetValue(DeliveryCount!.GetValue(link))!);
}
