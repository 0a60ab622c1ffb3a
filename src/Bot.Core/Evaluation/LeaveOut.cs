namespace Bot.Core.Evaluation;

/// <summary>What an evaluation asks each answerable question without, to make it one only abstaining answers rightly.</summary>
public enum LeaveOut
{
    /// <summary>Ask the questions as they are.</summary>
    Nothing,

    /// <summary>Without the question's source articles: another story must not be quoted as its answer.</summary>
    Sources,

    /// <summary>Without the sentences that hold its answer: its own story is found but does not say (SQuAD 2.0's shape).</summary>
    Answers,
}
