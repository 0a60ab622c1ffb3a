using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Fakes;

/// <summary>A small archive of article files in a temporary folder, and the real engine opened over it.</summary>
/// <remarks>Not IDisposable: test classes own it through xUnit's IAsyncLifetime and call <see cref="Close"/> from DisposeAsync.</remarks>
public sealed class ArchiveFolder(string name)
{
    private readonly string _folder = Directory.CreateTempSubdirectory($"newsbot-{name}").FullName;
    private ServiceProvider? _services;

    /// <summary>Writes one article, its paragraphs separated by blank lines; <paramref name="path"/> may name a topic folder ("business/001.txt").</summary>
    public void Write(string path, params string[] paragraphs)
    {
        string file = Path.Combine(_folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, string.Join("\n\n", paragraphs));
    }

    /// <summary>Builds the index over the articles written so far.</summary>
    public async Task OpenAsync() => _services = await EngineFactory.OpenOverAsync(_folder);

    public T Get<T>() where T : notnull =>
        (_services ?? throw new InvalidOperationException("Open the archive first.")).GetRequiredService<T>();

    /// <summary>Disposes the engine and deletes the folder.</summary>
    public void Close()
    {
        _services?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
