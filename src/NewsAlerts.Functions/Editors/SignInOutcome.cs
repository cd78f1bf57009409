namespace NewsAlerts.Functions.Editors;

/// <summary>What <see cref="MicrosoftSignIn.CompleteAsync"/> found: the editor or why not, and where the browser goes next.</summary>
/// <param name="Check">The editor, or the refusal and its reason (safe to show).</param>
/// <param name="ReturnTo">The attempt's <c>/editor</c> path, or <c>/editor</c> when there was no valid attempt.</param>
public sealed record SignInOutcome(EditorCheck Check, string ReturnTo);
