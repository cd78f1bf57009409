namespace NewsAlerts.Cli.Tests.Dev;

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

/// <summary>Records every log entry of a host, and which came after <see cref="MarkStopRequested"/>.</summary>
public sealed class RecordedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> entries = new();
    private volatile bool stopRequested;

    /// <summary>Entries at <paramref name="level"/> or above logged after the stop was requested.</summary>
    public IReadOnlyList<Entry> AfterStop(LogLevel level) => entries.Where(e => e.AfterStop && e.Level >= level).ToList();

    /// <summary>From now on, entries count as logged after the stop was requested.</summary>
    public void MarkStopRequested() => stopRequested = true;

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    /// <summary>One log entry.</summary>
    /// <param name="Category">The logger's category.</param>
    /// <param name="Level">Its level.</param>
    /// <param name="Message">The formatted message and the exception's message, if any.</param>
    /// <param name="AfterStop">Whether it was logged after the stop was requested.</param>
    public sealed record Entry(string Category, LogLevel Level, string Message, bool AfterStop)
    {
        /// <inheritdoc />
        public override string ToString() => $"{Level} {Category}: {Message}";
    }

    private sealed class Logger(RecordedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.entries.Enqueue(new Entry(category, logLevel, $"{formatter(state, exception)} {exception?.Message}", logs.stopRequested));
    }
}
