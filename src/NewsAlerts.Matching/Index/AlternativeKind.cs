namespace NewsAlerts.Matching.Index;

/// <summary>The kinds of <see cref="WordAlternative"/>, as stored in a snapshot.</summary>
internal enum AlternativeKind : byte
{
    /// <summary>Ordinary terms, plain position semantics (<see cref="WordAlternative"/>).</summary>
    Words = 0,

    /// <summary>An expansion name whose words must be in one clause (<see cref="NameAlternative"/>).</summary>
    Name = 1,

    /// <summary>Exact-mode terms (<see cref="ExactAlternative"/>).</summary>
    Exact = 2,
}
