namespace NewsAlerts.Cli.Stack;

/// <summary>One service's stop (<see cref="LocalStack.StopAsync"/>).</summary>
/// <param name="Service">The service as it was recorded.</param>
/// <param name="WasRunning">True when it ran and was stopped; false when its process had already exited.</param>
public sealed record ServiceStop(ServiceRecord Service, bool WasRunning)
{
    /// <summary>
    /// The line <c>dev</c> prints: <c>smtp4dev: stopped (PID 9987)</c>, or <c>smtp4dev: PID 9987 had already exited</c>
    /// (trial r38 #15: one killed and replaced meanwhile was said to be stopped).
    /// </summary>
    public string Line() => WasRunning
        ? $"{Service.Name}: stopped (PID {Service.Pid})"
        : $"{Service.Name}: PID {Service.Pid} had already exited";
}
