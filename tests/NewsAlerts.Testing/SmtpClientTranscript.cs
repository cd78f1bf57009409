namespace NewsAlerts.Testing;

using System.Text;

/// <summary>
/// Follows what an SMTP client sends, chunk by chunk: the recipients of the message being sent (<c>RCPT TO</c> since
/// the last <c>MAIL FROM</c>) and where the message's data ends (the <c>CRLF . CRLF</c> after <c>DATA</c>).
/// </summary>
internal sealed class SmtpClientTranscript
{
    private static readonly byte[] EndOfData = "\r\n.\r\n"u8.ToArray();
    private readonly List<byte> line = [];
    private readonly List<string> recipients = [];
    private bool inData;
    private int matched;

    /// <summary>The recipients of the message being sent (or the last one sent).</summary>
    public IReadOnlyList<string> Recipients => recipients;

    /// <summary>Reads a chunk; returns the offset just past the final dot's line if a message's data ends in it, else -1.</summary>
    public int Feed(ReadOnlySpan<byte> chunk)
    {
        var end = -1;
        for (var i = 0; i < chunk.Length; i++)
        {
            var b = chunk[i];
            if (inData)
            {
                // The terminator matched so far ("\r\n.\r\n"); a CR always starts a new candidate.
                matched = b == EndOfData[matched] ? matched + 1 : b == '\r' ? 1 : 0;
                if (matched == EndOfData.Length)
                {
                    inData = false;
                    matched = 0;
                    end = i + 1;
                }

                continue;
            }

            line.Add(b);
            if (b == '\n')
            {
                OnLine(Encoding.ASCII.GetString([.. line]).TrimEnd('\r', '\n'));
                line.Clear();
            }
        }

        return end;
    }

    private void OnLine(string command)
    {
        if (command.StartsWith("MAIL FROM:", StringComparison.OrdinalIgnoreCase))
        {
            recipients.Clear();
        }
        else if (command.StartsWith("RCPT TO:", StringComparison.OrdinalIgnoreCase))
        {
            var address = command[8..].Trim();
            var open = address.IndexOf('<', StringComparison.Ordinal);
            var close = address.IndexOf('>', StringComparison.Ordinal);
            recipients.Add(open >= 0 && close > open ? address[(open + 1)..close] : address);
        }
        else if (command.Equals("DATA", StringComparison.OrdinalIgnoreCase))
        {
            // The data starts right after the command's CRLF, so an empty message's "." line already ends it.
            inData = true;
            matched = 2;
        }
    }
}
