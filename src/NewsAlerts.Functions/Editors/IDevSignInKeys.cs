namespace NewsAlerts.Functions.Editors;

/// <summary>
/// Which keys open the development sign-in: the local host's editor key (the key that opens <c>POST /api/articles</c>).
/// Only the local host registers one; without it the development sign-in accepts no key.
/// </summary>
public interface IDevSignInKeys
{
    /// <summary>Whether <paramref name="key"/> is a key an editor may sign in with (compared in constant time).</summary>
    bool Accepts(string key);
}
