using Bot.Core.Evaluation;
using Bot.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Bot.Core.Answering.Ranking;

/// <summary>Turns a question set over an indexed corpus into ranker training data: every candidate sentence, featurised and labelled.</summary>
/// <remarks>
/// Each answerable question gives three examples: as asked (a sentence is positive when it holds one of the
/// answers), with its source articles left out, and with a name or number swapped for one its source lacks
/// (both all negative); with <see cref="AnsweringOptions.TrainWithoutAnswers"/>, a fourth, asked with the sentences that
/// hold its answer taken out of the passages found (all negative). Questions a file marks unanswerable are used as they are. Retrieval is the product's
/// own (names re-spelled as in <see cref="AnswerService.SearchRespelledAsync(string, ReadOnlyMemory{float}, SearchFilter?, int, CancellationToken)"/>), so the model learns from the same pool it will rank.
/// </remarks>
public sealed class RankerTrainer(
    NewsIndex index,
    AnswerService answers,
    ExtractiveAnswerer answerer,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    IOptions<AnsweringOptions> answering,
    IOptions<RetrievalOptions> retrieval)
{
    private const int Batch = 64;

    /// <summary>The training examples for <paramref name="questions"/>; <paramref name="group"/> prefixes each question's fold group.</summary>
    public async Task<List<RankerExample>> ExamplesAsync(IReadOnlyList<EvalQuestion> questions, string group, int seed, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var asks = Asks(questions.Where(q => q.Kind is "fact" or "cross" or "unanswerable").ToList(), seed).ToList();
        var examples = new List<RankerExample>(asks.Count);
        foreach (var batch in asks.Chunk(Batch))
        {
            var vectors = await embedder.GenerateAsync(batch.Select(a => a.Text), cancellationToken: cancellationToken).ConfigureAwait(false);
            for (int i = 0; i < batch.Length; i++)
            {
                examples.Add(await ExampleAsync(batch[i], vectors[i].Vector, group, cancellationToken).ConfigureAwait(false));
            }

            progress?.Report(examples.Count);
        }

        return examples;
    }

    private IEnumerable<Ask> Asks(List<EvalQuestion> questions, int seed)
    {
        var random = new Random(seed);
        var names = NegativeQuestions.Names(index.Articles.Values);
        var allIds = index.Articles.Keys.ToList();
        foreach (var question in questions)
        {
            yield return new Ask(question, question.Question, null);
            if (!question.IsAnswerable || question.Sources.Count == 0)
            {
                continue;
            }

            yield return new Ask(question with { Id = question.Id + "~out", Answers = [] }, question.Question, question.WithoutSources(allIds));
            if (NegativeQuestions.Swapped(question, names, index.Articles, random) is { } swapped)
            {
                yield return new Ask(swapped, swapped.Question, null);
            }

            if (answering.Value.TrainWithoutAnswers)
            {
                yield return new Ask(question with { Id = question.Id + "~gone", Answers = [] }, question.Question, null, question);
            }
        }
    }

    private async Task<RankerExample> ExampleAsync(Ask ask, ReadOnlyMemory<float> vector, string group, CancellationToken cancellationToken)
    {
        // As the product asks it: with acronyms spelled out and misspelt names corrected.
        var (text, searched, pool) = await answers.SearchRespelledAsync(ask.Text, vector, ask.Filter, answering.Value.TrainingPoolFor(retrieval.Value.Top), cancellationToken).ConfigureAwait(false);
        if (ask.AnswersOf is { } answered)
        {
            pool = NegativeQuestions.WithoutAnswers(pool, answered.IsAnsweredBy);
        }

        var (candidates, features) = await answerer.FeaturizeAsync(text, searched, pool, cancellationToken).ConfigureAwait(false);
        var question = ask.Question;
        var labels = candidates.Select(c => question.IsAnswerable && question.IsAnsweredBy(c.Text)).ToArray();
        string source = question.Sources.Count > 0 ? question.Sources[0] : question.Id;
        return new RankerExample(question.Id, $"{group}:{source}", question.IsAnswerable, features, labels);
    }

    // AnswersOf: the question whose answer sentences are taken out of the pool (a "~gone" negative).
    private sealed record Ask(EvalQuestion Question, string Text, SearchFilter? Filter, EvalQuestion? AnswersOf = null);
}
