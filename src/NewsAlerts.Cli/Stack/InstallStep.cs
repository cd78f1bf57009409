namespace NewsAlerts.Cli.Stack;

using System.Globalization;

/// <summary>
/// One install or download the stack does before a service can start (Azurite by <c>npm ci</c>, smtp4dev by <c>dotnet
/// tool restore</c>), and the two lines that frame it. Trial s44 #2: a first <c>dev</c> on a fresh clone said nothing for
/// the minute and a half <c>npm ci</c> took, so it looked hung.
/// </summary>
/// <param name="Service">The service's name as its other lines give it, e.g. <c>azurite</c>.</param>
/// <param name="What">What is installed, with its pinned version, e.g. <c>Azurite 3.37.0</c>.</param>
/// <param name="How">The command and where it runs, e.g. <c>npm ci in infra/local</c>.</param>
/// <param name="About">How long it usually takes on a first run, e.g. <c>about a minute</c>.</param>
public sealed record InstallStep(string Service, string What, string How, string About)
{
    /// <summary>The line before it runs: <c>azurite: installing Azurite 3.37.0 (npm ci in infra/local, about a minute)…</c>.</summary>
    public string StartingLine() => $"{Service}: installing {What} ({How}, {About})…";

    /// <summary>The line after it succeeded: <c>azurite: installed Azurite 3.37.0 in 83 s</c>.</summary>
    /// <param name="took">How long it took (whole seconds are shown; under one second reads <c>0 s</c>).</param>
    public string DoneLine(TimeSpan took) =>
        $"{Service}: installed {What} in {((long)Math.Max(0, took.TotalSeconds)).ToString(CultureInfo.InvariantCulture)} s";
}
