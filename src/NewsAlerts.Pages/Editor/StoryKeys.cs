namespace NewsAlerts.Pages.Editor;

using System.Buffers.Text;
using System.Text;

/// <summary>A story's id in a console path (<c>/editor/stories/{key}</c>): base64url of its UTF-8, as ids are URIs.</summary>
public static class StoryKeys
{
    /// <summary>The key of <paramref name="articleId"/>.</summary>
    public static string Of(string articleId) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(articleId));

    /// <summary>The story id of <paramref name="key"/>, or null when it is not one (a hand-made path).</summary>
    public static string? IdOf(string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 2048 || !Base64Url.IsValid(key))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(key));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The console page of <paramref name="articleId"/>.</summary>
    public static string PathOf(string articleId) => $"/editor/stories/{Of(articleId)}";
}
