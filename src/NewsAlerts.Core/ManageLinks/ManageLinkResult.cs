namespace NewsAlerts.Core.ManageLinks;

using NewsAlerts.Core.Delivery;

/// <summary>How one manage-link request was handled.</summary>
/// <param name="Decision">Whether a link was due (<see cref="ManageLinkRecovery.Decide"/>).</param>
/// <param name="Send">The send's outcome when <paramref name="Decision"/> was <see cref="ManageLinkDecision.Send"/>; otherwise null.</param>
public sealed record ManageLinkResult(ManageLinkDecision Decision, SendOutcome? Send = null);
