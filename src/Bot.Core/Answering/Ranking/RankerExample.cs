namespace Bot.Core.Answering.Ranking;

/// <summary>One question's candidate sentences as training data for the ranker.</summary>
/// <param name="QuestionId">The question's id in its file.</param>
/// <param name="Group">The article the question was written on: folds split by article, so no article is both fitted and scored.</param>
/// <param name="Answerable">False for a question asked with its source left out, or with a name changed to one its source lacks.</param>
/// <param name="Features">One feature vector per candidate sentence.</param>
/// <param name="Labels">Per candidate: does it hold one of the answers (always false when not answerable).</param>
/// <param name="Weight">How much the question counts in fitting: a small set from another domain (news beside Wikipedia) can be given more.</param>
public sealed record RankerExample(string QuestionId, string Group, bool Answerable, float[][] Features, bool[] Labels, float Weight = 1);
