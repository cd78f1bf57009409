namespace NewsAlerts.Cli.Stack;

/// <summary>
/// Whether a recorded service that this start cannot reuse (it answers on other ports than this start's configured
/// ones, or does not answer) may be stopped and started afresh: not while another live run owns it (session 43: a new
/// start stopped the services of a running <c>dev</c> it had been given other ports for, and that <c>dev</c> lost its stack).
/// </summary>
public static class ServiceOwnership
{
    /// <summary>
    /// True when <paramref name="service"/>'s owner (<see cref="ServiceRecord.Owner"/>) is a process other than
    /// <paramref name="self"/> that is still alive: that run stops the service when it ends, and uses it until then.
    /// A service without an owner (<c>stack start</c>) or whose owner is gone belongs to nobody running.
    /// </summary>
    /// <param name="service">The service as recorded.</param>
    /// <param name="self">This process's id.</param>
    /// <param name="isAlive">Whether a process id names a live process.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool HeldByAnotherRun(ServiceRecord service, int self, Func<int, bool> isAlive)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(isAlive);
        return service.Owner is { } owner && owner != self && isAlive(owner);
    }

    /// <summary>
    /// The one line a start fails with when <paramref name="service"/>, held by another run, does not serve this start
    /// (<paramref name="wanted"/>: the ports this start is configured for): whose it is, where it answers (its recorded
    /// ports) and what to do.
    /// </summary>
    /// <param name="service">The service as recorded.</param>
    /// <param name="wanted">This start's ports of that service, by setting name.</param>
    /// <param name="answers">Whether it answers on its recorded ports now.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string HeldLine(ServiceRecord service, IReadOnlyDictionary<string, int> wanted, bool answers)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(wanted);
        var its = string.Join(", ", service.Ports.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        var differ = wanted.Where(p => !service.Ports.TryGetValue(p.Key, out var port) || port != p.Value).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var mine = string.Join(", ", differ.Select(p => $"{p.Key}={p.Value}"));
        var where = (answers, differ.Count) switch
        {
            (true, > 0) => $"answers on {its}, not on this start's {mine}",
            (false, > 0) => $"does not answer on {its} (this start wants {mine})",
            _ => $"does not answer on {its}",
        };
        return $"{service.Name} (PID {service.Pid}) belongs to the run of PID {service.Owner} and {where}; "
            + "it is left running. Stop that run first, start with its ports, or use another data folder (Stack:DataDirectory).";
    }
}
