namespace NewsAlerts.Functions.Pages;

/// <summary>Why a posted page form is refused before it is read (<see cref="PageResponder.Check"/>).</summary>
public enum FormRefusal
{
    /// <summary>Not refused: the form may be handled.</summary>
    None,

    /// <summary>Posted from an origin outside <c>Pages:AllowedOrigins</c> and the app's own.</summary>
    Origin,

    /// <summary>
    /// Posted with <c>Origin: null</c> and nothing else naming an allowed origin: a frame sandboxed without
    /// <c>allow-same-origin</c> (or a page hiding its origin). Reloading never helps; the framing site must change.
    /// </summary>
    SandboxedFrame,

    /// <summary>From an allowed origin, but its form token is missing, forged, for another form, or older than 4 hours.</summary>
    Token,
}
