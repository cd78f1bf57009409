namespace NewsAlerts.Infrastructure.Tests.Configuration;

using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Configuration;
using NewsAlerts.Core.Configuration;

/// <summary>
/// Trial s44 #6: <c>--Feeds:MinIntervalSeconds=abc</c> was refused as "not a whole number from -2147483648 to
/// 2147483647", <c>=0</c> as "Setting 'Feeds:MinIntervalSeconds' is 0: it must be 1 to 3600.", and
/// <c>Dispatcher:MaxAttempts=0</c> as "must be from 1 to 100." without the value: three wordings, two ranges. Every
/// whole-number setting of every options class declares its range once ([Range], <see cref="SettingRange"/>), and a
/// value that is not a number, one below and one above the range are all refused naming the setting, the value and
/// that range, by the binder's check and by the class's own start-up validator alike. Review of s45: the fractional
/// (<c>Smtp:MessagesPerSecond</c>) and duration (<c>Twilio:RequestTimeout</c>) settings had no range and only "must be
/// greater than 0"; they are covered too, as numbers and durations.
/// </summary>
public sealed class Every_numeric_setting_words_its_refusals_with_its_own_range
{
    [Fact]
    public void Every_whole_number_setting_declares_its_range()
    {
        var undeclared = Settings().Where(s => SettingRange.Of(s.Property) is null).Select(s => s.Name).ToList();

        Assert.Empty(undeclared);
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_named_with_the_settings_own_range()
    {
        var wrong = new List<string>();
        foreach (var setting in Settings().Where(s => SettingRange.Of(s.Property) is not null))
        {
            var range = SettingRange.Of(setting.Property)!.Value;
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [setting.Name] = "abc" }).Build();
            var error = Record.Exception(() => configuration.GetSection(setting.Section).Get(setting.Options));
            var line = error is null ? null : SettingConversion.Describe(error);
            if (line is null || !line.StartsWith($"{setting.Name}: 'abc' is not ", StringComparison.Ordinal) || !line.Contains(range.ToString(), StringComparison.Ordinal))
            {
                wrong.Add($"{setting.Name}: {line ?? error?.Message ?? "accepted"}");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Values_just_below_and_just_above_the_range_are_named_with_the_value_and_the_range_by_the_classes_validator()
    {
        var wrong = new List<string>();
        foreach (var setting in Settings().Where(s => SettingRange.Of(s.Property) is not null))
        {
            var range = SettingRange.Of(setting.Property)!.Value;
            foreach (var value in JustOutside(range).Where(v => v >= int.MinValue && v <= int.MaxValue))
            {
                var options = Valid(Activator.CreateInstance(setting.Options)!);
                var shown = setting.Set(options, value);
                var failures = ValidatorOf(setting.Options) is { } validator ? Failures(validator, setting.Options, options) : ["(no validator)"];
                if (!failures.Any(f => f.StartsWith($"{setting.Name}: {shown} is not ", StringComparison.Ordinal) && f.Contains(range.ToString(), StringComparison.Ordinal)))
                {
                    wrong.Add($"{setting.Name}={shown}: {string.Join(" | ", failures)}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void A_fractional_setting_that_is_not_finite_is_refused_with_its_range()
    {
        var wrong = new List<string>();
        foreach (var setting in Settings().Where(s => s.Property.PropertyType == typeof(double)))
        {
            var options = Valid(Activator.CreateInstance(setting.Options)!);
            setting.Property.SetValue(options, double.NaN);
            var failures = ValidatorOf(setting.Options) is { } validator ? Failures(validator, setting.Options, options) : ["(no validator)"];
            if (!failures.Any(f => f.StartsWith($"{setting.Name}: NaN is not a number from ", StringComparison.Ordinal)))
            {
                wrong.Add($"{setting.Name}=NaN: {string.Join(" | ", failures)}");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void No_range_reaches_the_largest_int_which_limits_nothing()
    {
        var unbounded = Settings().Where(s => SettingRange.Of(s.Property) is { } range && range.Max >= int.MaxValue).Select(s => s.Name).ToList();

        Assert.Empty(unbounded);
    }

    [Fact]
    public void The_settings_the_trial_named_are_among_those_checked()
    {
        var names = Settings().Select(s => s.Name).ToList();

        Assert.Contains("Smtp:MessagesPerSecond", names);
        Assert.Contains("Twilio:MessagesPerSecond", names);
        Assert.Contains("Smtp:Timeout", names);
        Assert.Contains("Twilio:RequestTimeout", names);

        Assert.Contains("Feeds:MinIntervalSeconds", names);
        Assert.Contains("Feeds:SeenItemsPerFeed", names);
        Assert.Contains("Dispatcher:MaxAttempts", names);
        Assert.Contains("Dispatcher:ClaimLeaseSeconds", names);
        Assert.Contains("RateLimits:SignUpsPerClient", names);
        Assert.Contains("Alerts:ConfirmationDeadlineSeconds", names);
    }

    // One step outside each end: a whole number 1, a number a thousandth, a duration a millisecond.
    private static decimal[] JustOutside(SettingRange range)
    {
        var step = range.Kind switch { SettingKind.WholeNumber => 1m, SettingKind.Number => 0.001m, _ => 0.001m };
        return [range.Min - step, range.Max + step];
    }

    // Every numeric property (int, long, double, float, decimal, TimeSpan) of every options class (and of its nested
    // options objects), by its setting name.
    private static IEnumerable<Setting> Settings() =>
        OptionsCatalog.All().SelectMany(t => SettingsOf(t, OptionsCatalog.SectionOf(t)!, t, []));

    private static IEnumerable<Setting> SettingsOf(Type options, string section, Type type, PropertyInfo[] path)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (Numeric.Contains(property.PropertyType))
            {
                if (property.SetMethod?.IsPublic == true)
                {
                    yield return new Setting(options, section, [.. path, property]);
                }
            }
            else if (property.PropertyType.IsNested && property.PropertyType.DeclaringType == type)
            {
                foreach (var inner in SettingsOf(options, section, property.PropertyType, [.. path, property]))
                {
                    yield return inner;
                }
            }
        }
    }

    // The options with the settings their validator requires before it looks at ranges (it stops at a missing one).
    private static object Valid(object options)
    {
        if (options is AlertsOptions alerts)
        {
            alerts.PublicBaseUrl = new Uri("https://alerts.example.org");
            alerts.SigningKey = Convert.ToBase64String(new byte[32]);
            alerts.ContactAddress = "desk@example.org";
        }

        return options;
    }

    // The product's IValidateOptions<T> for the options class (each has a parameterless constructor).
    private static object? ValidatorOf(Type options)
    {
        var contract = typeof(IValidateOptions<>).MakeGenericType(options);
        var type = OptionsCatalog.All().Select(t => t.Assembly).Append(typeof(NewsAlerts.Azure.RateLimitOptionsValidator).Assembly)
            .Append(typeof(NewsAlerts.Functions.Feeds.FeedOptionsValidator).Assembly).Distinct()
            .SelectMany(a => a.GetTypes()).FirstOrDefault(t => !t.IsAbstract && contract.IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null);
        return type is null ? null : Activator.CreateInstance(type);
    }

    private static IReadOnlyList<string> Failures(object validator, Type options, object instance)
    {
        var result = (ValidateOptionsResult)typeof(IValidateOptions<>).MakeGenericType(options).GetMethod(nameof(IValidateOptions<object>.Validate))!
            .Invoke(validator, [Options.DefaultName, instance])!;
        return result.Failed ? [.. result.Failures ?? []] : ["(accepted)"];
    }

    private static readonly Type[] Numeric = [typeof(int), typeof(long), typeof(double), typeof(float), typeof(decimal), typeof(TimeSpan)];

    private sealed record Setting(Type Options, string Section, PropertyInfo[] Path)
    {
        public PropertyInfo Property => Path[^1];

        public string Name => $"{Section}:{string.Join(':', Path.Select(p => p.Name))}";

        /// <summary>Sets the setting to <paramref name="value"/> (a duration's in seconds); returns it as a refusal shows it.</summary>
        public string Set(object options, decimal value)
        {
            var target = options;
            foreach (var step in Path[..^1])
            {
                target = step.GetValue(target)!;
            }

            object typed = Property.PropertyType == typeof(TimeSpan)
                ? TimeSpan.FromSeconds((double)value)
                : Convert.ChangeType(value, Property.PropertyType, CultureInfo.InvariantCulture);
            Property.SetValue(target, typed);
            return typed is TimeSpan duration ? duration.ToString("c", CultureInfo.InvariantCulture) : Convert.ToString(typed, CultureInfo.InvariantCulture)!;
        }
    }
}
