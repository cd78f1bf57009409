namespace NewsAlerts.Matching.Languages;

/// <summary>The writing systems script detection tells apart.</summary>
internal enum Script
{
    None,
    Latin,
    Han,
    Kana,
    Hangul,
    Thai,
    Arabic,
    Cyrillic,
    Other,
}
