namespace NewsAlerts.Pages.Editor;

using System.Buffers.Text;
using System.Text;

/// <summary>A story's id in a console path (<c>/editor/stories/{key}</c>): base64url of its UTF-8, as ids are URIs.</summary>
public static class StoryKeys
{
    /// <summary>The key of <paramref name="articleId"/>.</summary>
    public static string Of(string articleId) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(articleId));

    /// <summary>
    /// The longest key of a stored story: its key is also its Table storage partition key, which may not be longer
    /// (1 KiB, TableKeys.MaxLength); a longer key names no story, and looking it up would make storage refuse the request.
    /// </summary>
    public const int MaxLength = 512;

    /// <summary>The story id of <paramref name="key"/>, or null when it is not one (a hand-made path, or too long to be stored).</summary>
    public static string? IdOf(string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxLength || !Base64Url.IsValid(key))
        {
            return null;
        }

        try
        {
            // Bytes that are not UTF-8 decode to replacement characters, which re-encode longer than the key.
            var id = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(key));
            return Of(id).Length <= MaxLength ? id : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The console page of <paramref name="articleId"/>.</summary>
    public static string PathOf(string articleId) => $"/editor/stories/{Of(articleId)}";
}
