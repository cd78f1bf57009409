namespace NewsAlerts.Cli.Operations;

/// <summary>
/// A one-line progress bar on standard error (<c>[#####.....] 120/500 replayed</c>), redrawn in place on a terminal
/// and printed as a line every tenth of the way when the output is redirected, so logs stay short.
/// </summary>
public sealed class ProgressBar(TextWriter writer, int total, string verb, bool interactive)
{
    private const int Width = 30;
    private int lastTenth = -1;

    /// <summary>Shows that <paramref name="done"/> of the total are done.</summary>
    public void Report(int done)
    {
        if (total <= 0)
        {
            return;
        }

        var filled = (int)Math.Round(Width * Math.Min(done, total) / (double)total);
        var line = $"[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} {verb}";
        if (interactive)
        {
            writer.Write($"\r{line}");
            if (done >= total)
            {
                writer.WriteLine();
            }

            return;
        }

        var tenth = done * 10 / total;
        if (tenth != lastTenth)
        {
            lastTenth = tenth;
            writer.WriteLine(line);
        }
    }
}
