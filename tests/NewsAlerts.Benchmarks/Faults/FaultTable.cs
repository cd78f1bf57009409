namespace NewsAlerts.Benchmarks.Faults;

using System.Globalization;

/// <summary>Prints the campaign's table (Markdown, so it goes into the README as it is).</summary>
internal static class FaultTable
{
    /// <summary>Writes the rows and a total line.</summary>
    public static void Write(TextWriter output, IReadOnlyList<FaultRow> rows)
    {
        output.WriteLine("| fault | sent | delivered | lost | duplicated | in duplicate window (bound) | outside window | dead-lettered | ledger sent | s |");
        output.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var row in rows)
        {
            var window = row.Fault.HasCrashWindow ? $"{row.InWindow:N0} (≤ {row.WindowBound:N0})" : "n/a";
            var name = row.Note is null ? row.Fault.Name : $"{row.Fault.Name} ({row.Note})";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {row.Sent:N0} | {row.Delivered:N0} | {row.Lost:N0} | {row.Duplicated:N0} | {window} | {row.OutsideWindow:N0} | {row.DeadLettered:N0} | {row.LedgerSent:N0} | {row.Seconds:N1} |"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| all | {rows.Sum(r => r.Sent):N0} | {rows.Sum(r => r.Delivered):N0} | {rows.Sum(r => r.Lost):N0} | {rows.Sum(r => r.Duplicated):N0} | {rows.Sum(r => r.InWindow):N0} (≤ {rows.Sum(r => r.WindowBound):N0}) | {rows.Sum(r => r.OutsideWindow):N0} | {rows.Sum(r => r.DeadLettered):N0} | {rows.Sum(r => r.LedgerSent):N0} | {rows.Sum(r => r.Seconds):N1} |"));
    }
}
