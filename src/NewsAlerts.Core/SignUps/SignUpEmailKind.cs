namespace NewsAlerts.Core.SignUps;

/// <summary>How a sign-up's email to its address is worded (<see cref="SignUpEmails.KindOf"/>).</summary>
public enum SignUpEmailKind
{
    /// <summary>"Confirm your subscription": pressing the link is new consent.</summary>
    Confirm,

    /// <summary>"You already get NewsAlerts at this address": the link adds the topics not followed yet, or, with none, no link.</summary>
    Change,
}
