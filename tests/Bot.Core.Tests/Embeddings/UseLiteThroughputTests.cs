using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Bot.Core.Tests.Embeddings;

/// <summary>Prints throughput for the record; it asserts nothing about speed, since CI machines vary.</summary>
public sealed partial class UseLiteThroughputTests(ITestOutputHelper output)
{
    private const int SentenceCount = 500;

    [Fact]
    public async Task GenerateAsync_500SeedSentences_ReportsSentencesPerSecond()
    {
        var generator = UseLiteTestModel.Generator;
        var sentences = LoadSentences();
        await generator.GenerateAsync(sentences.Take(20));

        var watch = Stopwatch.StartNew();
        var tokens = sentences.Select(generator.Tokenizer.Encode).ToArray();
        var tokenizeSeconds = watch.Elapsed.TotalSeconds;

        watch.Restart();
        foreach (var ids in tokens)
        {
            generator.Encoder.Encode(ids);
        }

        var singleSeconds = watch.Elapsed.TotalSeconds;

        watch.Restart();
        var batched = await generator.GenerateAsync(sentences);
        var batchedSeconds = watch.Elapsed.TotalSeconds;

        Assert.Equal(SentenceCount, batched.Count);
        output.WriteLine($"{SentenceCount} sentences, {tokens.Average(t => t.Length):F1} tokens on average, {Environment.ProcessorCount} cores");
        output.WriteLine($"tokenize only:            {SentenceCount / tokenizeSeconds,8:F0} sentences/s");
        output.WriteLine($"one at a time (1 thread): {SentenceCount / singleSeconds,8:F0} sentences/s");
        output.WriteLine($"one batched call:         {SentenceCount / batchedSeconds,8:F0} sentences/s");
    }

    /// <summary>Sentences of the seed articles, repeated (they are re-encoded each time) up to 500.</summary>
    private static List<string> LoadSentences()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        var unique = Directory.GetFiles(seeds, "*.txt")
            .SelectMany(file => SentenceEnd().Split(File.ReadAllText(file)))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .ToList();
        return Enumerable.Range(0, SentenceCount).Select(i => unique[i % unique.Count]).ToList();
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
