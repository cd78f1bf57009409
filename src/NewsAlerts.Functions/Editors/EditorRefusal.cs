namespace NewsAlerts.Functions.Editors;

/// <summary>Why <see cref="EditorGate"/> let nobody in.</summary>
public enum EditorRefusal
{
    /// <summary>Not refused: an editor was recognised.</summary>
    None,

    /// <summary>Nobody signed in (browsers go to the sign-in page; the API answers 401).</summary>
    SignInNeeded,

    /// <summary>A bearer token was presented but is not valid here (signature, issuer, audience, lifetime): 401.</summary>
    InvalidToken,

    /// <summary>Someone is identified but is not an editor (no <c>Editor</c> role, a subscriber's token, the function key): 403.</summary>
    NotAnEditor,
}
