namespace NewsAlerts.Functions.Pages;

/// <summary>Where a sign-up stands when its code page (<c>/confirm?signUp=…</c>) is opened (<see cref="CodePageStates"/>).</summary>
public enum CodePageState
{
    /// <summary>The number (and any address) still waits: the code form, with what was sent.</summary>
    Waiting,

    /// <summary>The address is confirmed; the number still waits for its code.</summary>
    EmailConfirmed,

    /// <summary>The number is confirmed; the address still waits for its link.</summary>
    NumberConfirmed,

    /// <summary>Everything the sign-up asked for is confirmed.</summary>
    AllConfirmed,

    /// <summary>No such sign-up (finished and gone, too old, or never made).</summary>
    Gone,
}
