namespace NewsAlerts.Functions.EditorConsole;

using System.Buffers.Text;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Functions.Editors;

/// <summary>
/// The id of an email preview, for <c>GET /editor/preview/email?id=</c>: the ticket (what the email says, why, when it
/// was composed, until when the id opens) sealed with AES-256-GCM under a key derived (HKDF-SHA256) from
/// <c>Alerts:SigningKey</c>, bound to the editor it was issued to (as associated data), base64url. Sealed rather than
/// only signed because the story is not published yet: its headline must not show in URLs, logs or browser history;
/// carried in the id rather than stored so that any instance of the Function App can serve the frame. An id from
/// before a key rotation opens under <c>Alerts:PreviousSigningKey</c>.
/// </summary>
public sealed class EmailPreviewTickets
{
    /// <summary>How long an id opens: the preview page loads its frame at once; a reload re-posts the form and gets a new id.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>The longest id opened (a sealed ticket of the longest headline, summary and note is well under it).</summary>
    public const int MaxIdLength = 8192;

    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("newsalerts/editor-email-preview/v1");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly byte[][] keys;
    private readonly TimeProvider time;

    /// <summary>Derives the keys from the signing keys of <paramref name="alerts"/>.</summary>
    /// <exception cref="ArgumentException"><c>Alerts:SigningKey</c> is missing or shorter than 32 bytes.</exception>
    public EmailPreviewTickets(IOptions<AlertsOptions> alerts, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        var current = AlertsOptionsValidator.SigningKeyBytes(alerts.Value) is { Length: >= 32 } key
            ? key
            : throw new ArgumentException("Setting 'Alerts:SigningKey' must be at least 32 bytes.", nameof(alerts));
        keys = [.. new[] { current, AlertsOptionsValidator.PreviousSigningKeyBytes(alerts.Value) }.OfType<byte[]>().Select(Derive)];
        this.time = time;
    }

    /// <summary>The id of <paramref name="ticket"/> (its expiry is set here) for <paramref name="editor"/>.</summary>
    public string Issue(Editor editor, EmailPreviewTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(editor);
        ArgumentNullException.ThrowIfNull(ticket);
        var plain = Compress(JsonSerializer.SerializeToUtf8Bytes(ticket with { Expires = time.GetUtcNow().Add(Lifetime) }, Json));
        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keys[0], TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), Bound(editor));
        return Base64Url.EncodeToString(sealedBytes);
    }

    /// <summary>The ticket of <paramref name="id"/> when it was issued to <paramref name="editor"/>, is intact and has not expired; otherwise null.</summary>
    public EmailPreviewTicket? Open(Editor editor, string? id)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength || !Base64Url.IsValid(id))
        {
            return null;
        }

        var sealedBytes = Base64Url.DecodeFromChars(id);
        if (sealedBytes.Length <= NonceSize + TagSize)
        {
            return null;
        }

        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        foreach (var key in keys)
        {
            try
            {
                using var aes = new AesGcm(key, TagSize);
                aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plain, Bound(editor));
            }
            catch (AuthenticationTagMismatchException)
            {
                continue;
            }

            var ticket = JsonSerializer.Deserialize<EmailPreviewTicket>(Decompress(plain), Json);
            return ticket is not null && ticket.Expires > time.GetUtcNow() ? ticket : null;
        }

        return null;
    }

    private static byte[] Derive(byte[] signingKey) => HKDF.DeriveKey(HashAlgorithmName.SHA256, signingKey, 32, salt: [], info: Purpose);

    private static byte[] Bound(Editor editor) => Encoding.UTF8.GetBytes($"editor|{editor.Source}|{editor.Id}");

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Decompress(byte[] data)
    {
        using var input = new DeflateStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
