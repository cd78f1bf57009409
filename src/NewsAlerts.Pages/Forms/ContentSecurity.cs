namespace NewsAlerts.Pages.Forms;

/// <summary>The Content-Security-Policy of the pages.</summary>
public static class ContentSecurity
{
    /// <summary>
    /// The policy of a page: its stylesheet and optional script come from this app only (no inline script or style), the topic builder's script may call this app only (its live preview),
    /// forms post only back to it, and it may be framed only by <paramref name="frameAncestors"/> (the embed origins,
    /// for the embeddable sign-up) or by nobody. With <paramref name="framesSelf"/> it may frame pages of this app (the
    /// editor's email preview, which carries its own stricter policy); otherwise it frames nothing.
    /// </summary>
    public static string For(IReadOnlyCollection<string> frameAncestors, bool framesSelf = false)
    {
        ArgumentNullException.ThrowIfNull(frameAncestors);
        var ancestors = frameAncestors.Count == 0 ? "'none'" : string.Join(' ', frameAncestors);
        var frames = framesSelf ? "; frame-src 'self'" : string.Empty;
        return $"default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors {ancestors}{frames}";
    }
}
