namespace NewsAlerts.Pages.SignUp;

using System.Globalization;
using NewsAlerts.Core.Words;
using NewsAlerts.Pages.Layout;

/// <summary>
/// What a page says to a person whose number replied STOP (trial r33 #1, #2, #5): nothing is texted to it, not even a
/// code, and the one way back is START texted to our number from that phone (<c>Core.SignUps.StoppedNumbers</c>).
/// </summary>
public static class StoppedNumberWords
{
    /// <summary>
    /// The sign-up form's error on the number: it is sent nothing, then the way back with <paramref name="ourNumber"/>
    /// (E.164, grouped and isolated left to right), or "us" when the sender is picked by a Messaging Service (null).
    /// </summary>
    public static string SignUpError(string? ourNumber) => PageStrings.SignUpNumberStopped + " " + StartHint(ourNumber);

    /// <summary>
    /// The code page's refusal for a number that replied STOP: no code confirms it nor is sent, then the way back (as
    /// <see cref="SignUpError"/>). When a subscriber has the number (<paramref name="subscribed"/>), START alone brings
    /// its texts back with its topics and settings, so there is one way back, not "sign up again" too (trial r34 #6).
    /// </summary>
    public static string CodeRefusal(string? ourNumber, bool subscribed = false) =>
        (subscribed ? PageStrings.CodeNumberStoppedSubscribed : PageStrings.CodeNumberStopped) + " " + StartHint(ourNumber);

    /// <summary>"To get texts again, text START to <paramref name="ourNumber"/> from that phone." as plain text.</summary>
    public static string StartHint(string? ourNumber) =>
        string.Format(CultureInfo.CurrentCulture, PageStrings.PhoneStoppedHint, ourNumber is null ? PageStrings.PhoneStoppedUs : LtrValues.InText(PhoneWords.Grouped(ourNumber)!));
}
