using Bot.Core.Answering.Ranking;

namespace Bot.Core.Tests.Answering.Ranking;

/// <summary>Sentence feature rows for tests of what is built from them: all zero but the passage they came from.</summary>
internal static class CandidateRows
{
    private static readonly int Rank = Array.IndexOf(SentenceFeatures.Names, "passage_rank");

    public static float[] From(int passage)
    {
        var row = new float[SentenceFeatures.Count];
        row[Rank] = passage;
        return row;
    }
}
