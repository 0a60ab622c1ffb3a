using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>A passage sentence scored against a question: where it is, how well it matches, which question words it lacks.</summary>
public sealed record ScoredSentence(
    SearchHit Hit,
    string Text,
    int Start,
    int End,
    double Score,
    double Coverage,
    double Cosine,
    IReadOnlyList<string> Missed,
    ReadOnlyMemory<float> Vector)
{
    /// <summary>The citation for this sentence under label <paramref name="number"/>.</summary>
    public Citation ToCitation(int number) =>
        Citation.Of(number, Hit.Chunk, new TextSpan(Start - Hit.Chunk.Start, End - Start));
}
