namespace NewsAlerts.Infrastructure.Tests.Templates;

/// <summary>One deliberate mistake: replace <see cref="Find"/> by <see cref="Replace"/> in <see cref="File"/> of a copy of infra/.</summary>
public sealed record Breakage(string Name, string File, string Find, string Replace);
