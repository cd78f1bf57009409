namespace NewsAlerts.Cli.Tests.Dev;

using System.Text;

/// <summary>A console writer that the session's tasks may write to while a test reads it.</summary>
public sealed class SessionOutput : TextWriter
{
    private readonly StringBuilder text = new();
    private readonly Lock gate = new();

    /// <inheritdoc />
    public override Encoding Encoding => Encoding.UTF8;

    /// <inheritdoc />
    public override void Write(char value)
    {
        lock (gate)
        {
            text.Append(value);
        }
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        lock (gate)
        {
            text.Append(value);
        }
    }

    /// <inheritdoc />
    public override string ToString()
    {
        lock (gate)
        {
            return text.ToString();
        }
    }
}
