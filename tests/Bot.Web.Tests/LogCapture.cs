using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Web.Tests;

/// <summary>A logger provider that keeps every formatted message, for tests that check what the host logged.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();
    private readonly ConcurrentQueue<Exception> _exceptions = new();

    public IReadOnlyList<string> Messages => [.. _messages];

    /// <summary>The exceptions logged with messages (their stack traces would be in a real log).</summary>
    public IReadOnlyList<Exception> Exceptions => [.. _exceptions];

    public ILogger CreateLogger(string categoryName) => new Logger(_messages, _exceptions);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string> messages, ConcurrentQueue<Exception> exceptions) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            messages.Enqueue($"{logLevel}: {formatter(state, exception)}");
            if (exception is not null)
            {
                exceptions.Enqueue(exception);
            }
        }
    }
}
