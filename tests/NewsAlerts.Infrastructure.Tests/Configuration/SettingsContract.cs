namespace NewsAlerts.Infrastructure.Tests.Configuration;

using NewsAlerts.Infrastructure.Tests.Templates;
using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>
/// Every setting an app reads at start is set by the template (by the rule of <see cref="SettingRules"/>), no
/// local-only setting is, and every setting the template sets is read by the app or is one of the platform's own.
/// </summary>
public static class SettingsContract
{
    /// <summary>
    /// Sections the template sets ahead of the code, with why. A section stays here only while no options class claims
    /// it: once one does, its names are compared exactly like every other section's, and
    /// <see cref="ObsoletePendingSections"/> asks for the entry to go. Empty while the template is not ahead of the code.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PendingSections { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>What breaks the contract, one line each; empty when the names match.</summary>
    public static IEnumerable<string> Violations(CompiledTemplate template)
    {
        var claimed = OptionsCatalog.All().Select(OptionsCatalog.SectionOf).ToHashSet(StringComparer.Ordinal);
        foreach (var app in DeployedApps.All)
        {
            var resources = template.OfType(app.ResourceType);
            if (resources.Count != 1)
            {
                yield return $"{app.Name}: expected one {app.ResourceType} in the template, found {resources.Count}.";
                continue;
            }

            var set = AppSettings.Names(resources[0]);
            var bound = OptionsCatalog.BoundBy(app.Register).ToList();
            var required = bound.SelectMany(t => OptionsCatalog.AzureSettings(t).Names).ToHashSet(StringComparer.Ordinal);
            var all = bound.Select(OptionsCatalog.AllSettings).ToList();
            var read = all.SelectMany(b => b.Names).ToHashSet(StringComparer.Ordinal);
            var prefixes = all.SelectMany(b => b.Prefixes).ToList();

            foreach (var name in required.Where(n => !set.Contains(n)).Order(StringComparer.Ordinal))
            {
                yield return $"{app.Name} reads '{OptionsCatalog.Key(name)}' at start, but the template does not set {name}.";
            }

            foreach (var name in set.Order(StringComparer.Ordinal))
            {
                var section = name.Split("__")[0];
                var pending = PendingSections.ContainsKey(section) && !claimed.Contains(section);
                if (read.Contains(name) && SettingRules.IsLocalOnly(OptionsCatalog.Key(name)))
                {
                    yield return $"{app.Name}: the template sets {name}, which is local-only and must never be set in Azure.";
                }
                else if (!read.Contains(name) && !app.PlatformSettings.Contains(name) && !pending && !prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
                {
                    yield return $"{app.Name}: the template sets {name}, which no options class it binds reads.";
                }
            }
        }
    }

    /// <summary>Pending sections that an options class now claims: the list must shrink as the code catches up.</summary>
    public static IEnumerable<string> ObsoletePendingSections() =>
        OptionsCatalog.All()
            .Select(OptionsCatalog.SectionOf)
            .Where(s => s is not null && PendingSections.ContainsKey(s))
            .Select(s => $"Section '{s}' now has an options class: remove it from SettingsContract.PendingSections.");

    /// <summary>Entries of the local-only and optional lists that name no property of any options class (renamed or removed).</summary>
    public static IEnumerable<string> StaleRuleEntries()
    {
        var existing = OptionsCatalog.All()
            .SelectMany(t => OptionsCatalog.AllSettings(t).Names)
            .Select(OptionsCatalog.Key)
            .ToHashSet(StringComparer.Ordinal);
        return SettingRules.LocalOnly.Keys.Concat(SettingRules.OptionalDefaultUsed.Keys)
            .Where(k => !existing.Contains(k))
            .Order(StringComparer.Ordinal)
            .Select(k => $"SettingRules names '{k}', which no options class has: update the list.");
    }
}
