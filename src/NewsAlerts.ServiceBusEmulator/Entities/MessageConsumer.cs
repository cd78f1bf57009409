namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>
/// A receiver attached to an entity. The entity tracks its credit under the entity's gate and asks it to
/// pump when messages or credit appear; the pump runs outside the gate so no network call happens under it.
/// </summary>
internal abstract class MessageConsumer
{
    /// <summary>Link credit not yet used; read and written only under the entity's gate.</summary>
    public int Credit { get; set; }

    public abstract bool ReceiveAndDelete { get; }

    /// <summary>The AMQP session its deliveries go out on.</summary>
    public abstract global::Amqp.Session Session { get; }

    public abstract void RequestPump();
}
