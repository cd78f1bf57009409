namespace NewsAlerts.Pages.SignUp;

using System.Globalization;
using NewsAlerts.Core.Words;
using NewsAlerts.Pages.Layout;

/// <summary>
/// The way back for a number that replied STOP, START texted from that phone (<c>Core.SignUps.StoppedNumbers</c>), as
/// plain text in the page's language. With our number (E.164, grouped and isolated left to right) the sentence names it;
/// without one (null: a Messaging Service picks the sender) it is a sentence of its own, "reply START to one of our
/// texts", not the number's template with "us" in the number's place (which read "envoyez START au nous" in French).
/// </summary>
public static class StoppedNumberWords
{
    /// <summary>"Didn't get a text? If you ever replied STOP to our texts, text START to <paramref name="ourNumber"/> first, then ask for a new code." (every code page, for everyone).</summary>
    public static string CodeHint(string? ourNumber) => WithOurNumber(PageStrings.CodeStartHint, PageStrings.CodeStartHintNoNumber, ourNumber);

    /// <summary>"To get texts again, text START to <paramref name="ourNumber"/> from that phone."</summary>
    public static string StartHint(string? ourNumber) => WithOurNumber(PageStrings.PhoneStoppedHint, PageStrings.PhoneStoppedHintNoNumber, ourNumber);

    /// <summary>"Replied STOP to our texts? ... text START to <paramref name="ourNumber"/> from that phone first, then ask here again." (<c>/manage/link</c>).</summary>
    public static string ManageLinkHint(string? ourNumber) => WithOurNumber(PageStrings.ManageLinkTextedStopped, PageStrings.ManageLinkTextedStoppedNoNumber, ourNumber);

    private static string WithOurNumber(string template, string noNumber, string? ourNumber) =>
        ourNumber is null ? noNumber : string.Format(CultureInfo.CurrentCulture, template, LtrValues.InText(PhoneWords.Grouped(ourNumber)!));
}
