namespace NewsAlerts.Core.SignUps;

/// <summary>
/// A number of the manage link's sign-up still waiting for its texted code, as the preference centre shows it: the
/// person may have left the code page (closed it, or the tab) and comes back to <c>/manage</c> holding the code.
/// </summary>
/// <param name="Phone">The number the code went to (E.164).</param>
/// <param name="Live">
/// Whether the code sent can still confirm it (not expired, fewer than five wrong tries): then the page offers a field
/// for it; otherwise only a new code helps.
/// </param>
public sealed record WaitingCode(string Phone, bool Live);
