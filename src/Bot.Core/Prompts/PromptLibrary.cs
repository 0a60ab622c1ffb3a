using System.Collections.Concurrent;

namespace Bot.Core.Prompts;

/// <summary>Loads prompt templates by name from the app's <c>prompts</c> folder (<c>prompts/&lt;name&gt;.md</c>).</summary>
/// <remarks>Prompts are content reviewed like code, so they are read from files rather than embedded in C#.</remarks>
public sealed class PromptLibrary
{
    private readonly string _directory;
    private readonly ConcurrentDictionary<string, PromptTemplate> _cache = new(StringComparer.Ordinal);

    /// <summary>Uses <paramref name="directory"/>, or <c>AppContext.BaseDirectory/prompts</c> when it is null.</summary>
    public PromptLibrary(string? directory = null) =>
        _directory = directory ?? Path.Combine(AppContext.BaseDirectory, "prompts");

    /// <summary>The template stored as <c>&lt;name&gt;.md</c>; throws naming the file when it is missing.</summary>
    public PromptTemplate Get(string name) => _cache.GetOrAdd(name, Load);

    /// <summary>Renders the template <paramref name="name"/> with <paramref name="values"/>.</summary>
    public string Render(string name, IReadOnlyDictionary<string, string> values) => Get(name).Render(values);

    private PromptTemplate Load(string name)
    {
        var path = Path.Combine(_directory, name + ".md");
        return File.Exists(path)
            ? new PromptTemplate(name, File.ReadAllText(path))
            : throw new FileNotFoundException($"Prompt '{name}' not found at {path}.", path);
    }
}
