namespace NewsAlerts.Core.Configuration;

/// <summary>What a ranged setting holds, which is how its refusals name it (<see cref="SettingRange"/>).</summary>
public enum SettingKind
{
    /// <summary>An int or long: <c>is not a whole number from 1 to 60</c>.</summary>
    WholeNumber,

    /// <summary>A double, float or decimal: <c>is not a number from 0.1 to 1000</c>.</summary>
    Number,

    /// <summary>A TimeSpan, its range in seconds: <c>is not a duration from 00:00:01 to 00:05:00</c>.</summary>
    Duration,
}
