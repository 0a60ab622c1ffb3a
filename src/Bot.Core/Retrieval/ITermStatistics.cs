namespace Bot.Core.Retrieval;

/// <summary>How common analysed terms are among the passages: what IDF weights and "never mentioned" checks need.</summary>
public interface ITermStatistics
{
    /// <summary>The number of passages.</summary>
    int Count { get; }

    /// <summary>How many passages contain the analysed <paramref name="term"/>.</summary>
    int DocumentFrequency(string term);
}
