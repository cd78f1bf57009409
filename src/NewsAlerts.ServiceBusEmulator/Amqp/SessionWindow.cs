using System.Reflection;
using System.Runtime.CompilerServices;
using Amqp;
using Amqp.Framing;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>
/// Reopens a session's outgoing window that AMQPNetLite closed by mistake, so a delivery is never left unwritten.
/// </summary>
/// <remarks>
/// <para>
/// AMQPNetLite (2.5.x, <c>Session.OnFlow</c>) sets the outgoing window to <c>next-incoming-id + incoming-window -
/// next-outgoing-id</c> from each flow the peer sends, and a sending thread advances <c>next-outgoing-id</c> only after
/// the transfer is on the wire (<c>Session.WriteDelivery</c>). The .NET Service Bus client advertises an unlimited
/// incoming window (<see cref="uint.MaxValue"/>) and sends a flow as soon as it has taken a message and wants the next
/// one. When that flow is read while the emulator's pump thread is between writing the transfer and counting it (a
/// pump thread descheduled on a busy machine), the sum wraps to exactly 0: the library believes the window is shut,
/// queues every later delivery of the session without writing it, and only a further flow from the peer would reopen
/// it. The client sends none, since it already holds link credit for the message it waits for: the message stays
/// locked by a delivery nobody received, its lock lapses, and it is "redelivered" into the same shut window until the
/// receiver gives up (SettlementTests' lock-expiry test, 1 run in 3 under load before this repair).
/// </para>
/// <para>
/// For a peer that declared an unlimited window a shut window is always this mistake, so after each send the
/// emulator replays the flow such a peer would send (its window again unlimited, everything sent counted) through
/// the library's own flow handling, which writes what was queued. Other peers are left to the library. The library's
/// private members are looked up once; <see cref="Available"/> is false if a library update renamed them.
/// </para>
/// </remarks>
internal static class SessionWindow
{
    private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;
    private static readonly FieldInfo? OutgoingWindow = typeof(Session).GetField("outgoingWindow", Private);
    private static readonly FieldInfo? NextOutgoingId = typeof(Session).GetField("nextOutgoingId", Private);
    private static readonly FieldInfo? SequenceValue = typeof(Session).Assembly.GetType("Amqp.SequenceNumber")?.GetField("sequenceNumber", Private);
    private static readonly MethodInfo? OnFlow = typeof(Session).GetMethod("OnFlow", Private, [typeof(Flow)]);
    private static readonly ConditionalWeakTable<Session, object> Unlimited = [];

    /// <summary>Whether the library still has the members the repair reads and calls.</summary>
    public static bool Available => OutgoingWindow is not null && NextOutgoingId is not null && SequenceValue is not null && OnFlow is not null;

    /// <summary>Notes a session whose peer opened it with an unlimited incoming window (the Service Bus clients do).</summary>
    public static void OnRemoteBegin(Session session, Begin begin)
    {
        if (begin.IncomingWindow == uint.MaxValue)
        {
            Unlimited.AddOrUpdate(session, Unlimited);
        }
    }

    /// <summary>
    /// After a send on <paramref name="session"/>: when its peer declared an unlimited window and the library holds the
    /// window shut, writes what it queued, as the peer's next flow would. Cheap otherwise (one table lookup).
    /// </summary>
    /// <returns>True when the window was shut and has been reopened.</returns>
    public static bool ReopenIfShut(Session session)
    {
        if (!Available || !Unlimited.TryGetValue(session, out _) || (uint)OutgoingWindow!.GetValue(session)! != 0)
        {
            return false;
        }

        _ = OnFlow!.Invoke(session, [new Flow { NextIncomingId = Sent(session), IncomingWindow = uint.MaxValue, NextOutgoingId = 0, OutgoingWindow = 0 }]);
        return true;
    }

    /// <summary>
    /// Test seam: makes the library process a flow from a peer that has already received one transfer more than the
    /// session has counted, the flow that shuts the window in the race described above.
    /// </summary>
    internal static void ProcessFlowCountingOneTransferAhead(Session session)
    {
        _ = OnFlow!.Invoke(session, [new Flow { NextIncomingId = unchecked(Sent(session) + 1), IncomingWindow = uint.MaxValue, NextOutgoingId = 0, OutgoingWindow = 0 }]);
    }

    // The library's next-outgoing-id, a SequenceNumber struct around an int.
    private static uint Sent(Session session) => unchecked((uint)(int)SequenceValue!.GetValue(NextOutgoingId!.GetValue(session))!);

    /// <summary>The library's outgoing window of <paramref name="session"/> (tests).</summary>
    internal static uint WindowOf(Session session) => (uint)OutgoingWindow!.GetValue(session)!;
}
