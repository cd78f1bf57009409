namespace NewsAlerts.Matching.Composition;

/// <summary>Where a composed topic's words are looked for (the topic language's <c>headline:</c> and <c>body:</c> scopes).</summary>
public enum TopicScope
{
    /// <summary>Headline and body.</summary>
    Anywhere = 0,

    /// <summary>The headline only (<c>headline:(...)</c>).</summary>
    Headline = 1,

    /// <summary>The body only (<c>body:(...)</c>).</summary>
    Body = 2,
}
