using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Answering;

/// <summary>How the offline answerer picks and trusts sentences.</summary>
public sealed class AnsweringOptions
{
    public const string SectionName = "Bot:Answering";

    /// <summary>The most sentences an answer quotes.</summary>
    [Range(1, 10)]
    public int MaxSentences { get; set; } = 3;

    /// <summary>The match score (term coverage and cosine) a sentence needs to be quoted in a summary or matched by a look-up.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.45;

    /// <summary>The trained answer ranker (<c>bot train</c>), relative to the program's folder unless absolute; its threshold is in the .json beside it.</summary>
    [Required]
    public string RankerPath { get; set; } = "models/answer-ranker.zip";

    /// <summary>Overrides the ranker's held-out abstention threshold: below this answerability the bot says the articles do not cover the question.</summary>
    [Range(0.0, 1.0)]
    public double? AnswerThreshold { get; set; }

    /// <summary>Weights that name a "Who" answer for follow-ups (<c>bot train-names</c>) to use instead of the built-in ones; empty for the built-in ones.</summary>
    public string? AnswerNamesPath { get; set; }

    /// <summary>Below this answerability (and above the threshold) an answer says the articles may not answer exactly the question.</summary>
    /// <remarks>Answers in that band are more often wrong than right: on held-out questions-1000, 117 questions asked with
    /// their source left out were answered below 0.5 against 52 answerable ones (38 of them rightly); above 0.5, 45 against
    /// 932. Over squad-b split into stories the band holds 205 against 70. So the quote is shown, with a warning, rather
    /// than refused or stated as fact (docs/quality.md).</remarks>
    [Range(0.0, 1.0)]
    public double SureAnswerability { get; set; } = 0.5;

    /// <summary>The chance of holding the answer that the best sentence needs before anything is quoted, whatever the answerability.</summary>
    /// <remarks>A guard, not a second threshold: at 0.05 no squad-b figure moved (questions-1000 and both article halves,
    /// models trained without them), but a news question whose answerability model was sure (0.80) while its best
    /// sentence had a 4% chance ("When did the Taliban take power in Kabul?", which no seed article answers) is refused.
    /// The models trained with the probes put that sentence at 5.2%, hence 0.06 (one held-out questions-1000 answer lost).
    /// At 0.1 squad-b's abstain_wrong rose by 0.003–0.004.</remarks>
    [Range(0.0, 1.0)]
    public double MinSentenceProbability { get; set; } = 0.06;

    /// <summary>The factor a sentence's chance is multiplied by when its story (as retrieved) never writes a name of the
    /// question while another retrieved story writes them all.</summary>
    /// <remarks>"Which Pakistani official went to Tehran?" quoted a story about officials that never names Tehran once a large
    /// archive made "Pakistani" as rare as "Tehran". It picks the sentence, not whether any answers: the answerability model
    /// reads the ranker's own chances. At 0.5, held out, every answer and abstention figure is unchanged and hit@1 rises by
    /// 0.001–0.003; the seed questions over the seeds, the wire stories and 913 squad-b stories together go 0.780 → 0.805.
    /// Read through the answerability model too it gained 0.001–0.002 of answer_hit but abstained less (answering stories
    /// left out 0.440 → 0.426). 1 turns it off.</remarks>
    [Range(0.0, 1.0)]
    public double MissingNameFactor { get; set; } = 0.5;

    /// <summary>Further sentences are quoted only when the ranker gives them at least this share of the best one's probability.</summary>
    [Range(0.0, 1.0)]
    public double RelativeCutoff { get; set; } = 0.1;

    /// <summary>How many passages retrieval hands the answerer to rerank, at least.</summary>
    /// <remarks>25 puts the answer among the candidates for 98.5% of squad-b questions (97.2% at 15). Served at 25,
    /// models trained at 15 (<see cref="TrainingPool"/>) raised held-out hit@1 and hit@5 on both article halves and
    /// on questions-1000, and left every seed figure as it was at 15; answerability reads only the first 15 passages
    /// (<see cref="Ranking.AnswerabilityFeatures.View"/>), so a bigger pool does not make it surer (docs/quality.md).</remarks>
    [Range(1, 200)]
    public int RerankPool { get; set; } = 25;

    /// <summary>How many passages the ranker's training retrieves for each question.</summary>
    /// <remarks>Models trained at 20 or 25 lost seed figures (they said "rabies" was covered); trained at 15 and served
    /// at <see cref="RerankPool"/> they lose nothing (docs/quality.md).</remarks>
    [Range(1, 200)]
    public int TrainingPool { get; set; } = 15;

    /// <summary>Whether the ranker's training also asks each question of its own story with its answer sentences taken out (a third kind of unanswerable question).</summary>
    /// <remarks>Off: it raised abstaining on that shape on held-out squad-b but lowered it with the sources or a name changed (docs/quality.md, fourteenth pass).</remarks>
    public bool TrainWithoutAnswers { get; set; }

    /// <summary>How many passages to retrieve for an answer that keeps <paramref name="top"/>.</summary>
    public int PoolFor(int top) => Math.Max(top, RerankPool);

    /// <summary>How many passages the ranker's training retrieves for a question whose answer keeps <paramref name="top"/>.</summary>
    public int TrainingPoolFor(int top) => Math.Max(top, TrainingPool);

    /// <summary>How much the passage model counts when passages are reranked; the rest is their best sentence's chance.</summary>
    /// <remarks>0.5 was best on the 3,961 squad-b questions outside questions-1000, each scored by a model trained without its article.</remarks>
    [Range(0.0, 1.0)]
    public double PassageModelWeight { get; set; } = 0.5;

    /// <summary>How much the retrieval score counts when passages are reranked (a tie-break).</summary>
    [Range(0.0, 1.0)]
    public double RetrievalPrior { get; set; } = 0.1;

    /// <summary>The factor a sentence's score is multiplied by when it lacks the kind of answer asked for (a number for "how many").</summary>
    [Range(0.0, 1.0)]
    public double WrongTypeFactor { get; set; } = 0.75;

    /// <summary>The factor for a sentence that lacks the word the question hinges on ("population" in "what is the population of Kabul?").</summary>
    [Range(0.0, 1.0)]
    public double MissedFocusFactor { get; set; } = 0.6;

    /// <summary>Whether question words earn partial credit from close synonyms (by the sentence encoder's word vectors).</summary>
    public bool Synonyms { get; set; } = true;

    /// <summary>The share of a sentence's score that comes from matching question terms; the rest is cosine.</summary>
    [Range(0.0, 1.0)]
    public double TermWeight { get; set; } = 0.6;
}
